/**
 * CSV import: parse (papaparse), map columns to fields, validate every row,
 * find duplicates (within the file, and against the roster on platform and
 * handle), and plan the writes. Nothing here touches the database: the plan is
 * written by lib/db's importCreators in one transaction.
 */
import Papa from 'papaparse';
import * as z from 'zod/mini';
import {
  CHANNELS,
  CHANNEL_LABELS,
  CUSTOM_FIELD_NAME_MAX,
  CUSTOM_FIELD_VALUE_MAX,
  CreatorSchema,
  LIFECYCLE_STAGES,
  OUTREACH_LABELS,
  OUTREACH_STATUSES,
  PLATFORM_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  CONTACT_FIELD_LABELS,
  computeNextDueAt,
  contactFromDraft,
  newId,
  type Account,
  type Channel,
  type Contact,
  type ContactDraftField,
  type Creator,
  type CustomFields,
  type ImportedFacts,
  type LifecycleStage,
  type OutreachStatus,
  type Segment,
  type Settings,
} from '../domain';
import { PLATFORM_IDS, type PlatformId } from '../platforms/types';
import { parseCount } from '../platforms/count';
import { ADAPTERS, matchProfile } from '../platforms/registry';
import { profileRefFor } from '../platforms/profile-ref';

export const IMPORT_FIELDS = [
  'name',
  'platform',
  'handle',
  'profileUrl',
  'followers',
  'segment',
  'stage',
  'outreachStatus',
  'owner',
  'tags',
  'niches',
  'notes',
  'email',
  'phone',
  'agentName',
  'agentEmail',
  'location',
  'country',
  'languages',
  'rateCard',
  'preferredChannel',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  name: 'Name',
  platform: 'Platform',
  handle: 'Handle',
  profileUrl: 'Profile URL',
  followers: 'Followers',
  segment: 'Segment',
  stage: 'Lifecycle stage',
  outreachStatus: 'Outreach status',
  owner: 'Owner',
  tags: 'Tags',
  niches: 'Niches',
  notes: 'Notes',
  email: CONTACT_FIELD_LABELS.emails,
  phone: CONTACT_FIELD_LABELS.phone,
  agentName: CONTACT_FIELD_LABELS.agentName,
  agentEmail: CONTACT_FIELD_LABELS.agentEmail,
  location: CONTACT_FIELD_LABELS.location,
  country: CONTACT_FIELD_LABELS.country,
  languages: CONTACT_FIELD_LABELS.languages,
  rateCard: CONTACT_FIELD_LABELS.rateCard,
  preferredChannel: 'Preferred channel',
};

/** Which CSV column (by index) feeds each field; absent = not imported. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

/** Columns the user keeps as custom fields, by column index (the field is named after the column). */
export type CustomColumns = readonly number[];

/** The export writes custom fields as "custom:<name>" columns, so they come back as custom fields. */
export const CUSTOM_COLUMN_PREFIX = 'custom:';

export interface ParsedCsv {
  headers: string[];
  rows: string[][];
  /** Problems papaparse reported (bad quoting…), with their 1-based line. */
  problems: { line: number; message: string }[];
}

export const MAX_IMPORT_ROWS = 200_000;

export function parseCsv(text: string): ParsedCsv {
  const result = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { header: false, skipEmptyLines: 'greedy' });
  const [headerRow, ...rows] = result.data;
  return {
    headers: (headerRow ?? []).map((h) => h.trim()),
    rows,
    problems: result.errors.map((e) => ({ line: (e.row ?? 0) + 1, message: e.message })),
  };
}

const SYNONYMS: Record<ImportField, string[]> = {
  name: ['name', 'display name', 'displayname', 'creator', 'full name', 'creator name'],
  platform: ['platform', 'network', 'site', 'channel type'],
  handle: ['handle', 'username', 'user name', 'user', 'account', '@'],
  profileUrl: ['profile url', 'profile', 'url', 'link', 'profile link', 'profileurl'],
  followers: ['followers', 'follower count', 'subscribers', 'audience', 'followers count'],
  segment: ['segment', 'tier'],
  stage: ['stage', 'lifecycle stage', 'lifecycle', 'status stage'],
  outreachStatus: ['outreach status', 'outreach', 'outreach_status', 'status'],
  owner: ['owner', 'manager', 'contact owner', 'assigned to'],
  tags: ['tags', 'labels', 'tag'],
  niches: ['niches', 'niche', 'categories', 'category', 'topics'],
  notes: ['notes', 'note', 'fit notes', 'comments', 'comment'],
  email: ['email', 'emails', 'e mail', 'email address', 'email addresses', 'mail', 'contact email', 'business email'],
  phone: ['phone', 'phone number', 'telephone', 'mobile', 'tel', 'whatsapp'],
  agentName: ['agent', 'agent name', 'agent or management', 'management', 'manager name', 'agency', 'talent manager'],
  agentEmail: ['agent email', "agent's email", 'management email', 'agency email'],
  location: ['location', 'city', 'region', 'based in'],
  country: ['country', 'country code'],
  languages: ['languages', 'language', 'langs'],
  rateCard: ['rate card', 'rates', 'rate', 'pricing', 'price list'],
  preferredChannel: ['preferred channel', 'preferred contact channel', 'contact channel', 'contact via'],
};

const norm = (s: string) => s.trim().toLowerCase().replace(/[_-]+/g, ' ').replace(/\s+/g, ' ');

/** Guesses the mapping from the header names (the export's own columns map back exactly). */
export function guessMapping(headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  for (const field of IMPORT_FIELDS) {
    const index = headers.findIndex((h, i) => !taken.has(i) && SYNONYMS[field].includes(norm(h)));
    if (index !== -1) {
      mapping[field] = index;
      taken.add(index);
    }
  }
  return mapping;
}

/** Columns named "custom:<name>" (the export's custom fields) are kept as custom fields without asking. */
export function guessCustomColumns(headers: readonly string[], mapping: ColumnMapping): number[] {
  const mapped = new Set(Object.values(mapping));
  return headers.flatMap((h, i) => (!mapped.has(i) && h.toLowerCase().startsWith(CUSTOM_COLUMN_PREFIX) && h.length > CUSTOM_COLUMN_PREFIX.length ? [i] : []));
}

/**
 * The custom field name each column would get: the header without the export's
 * "custom:" prefix, or "Column N" when the header is empty; repeated names get
 * " (2)", " (3)"… so two columns never write one field.
 */
export function customFieldNames(headers: readonly string[]): string[] {
  const used = new Map<string, number>();
  return headers.map((header, i) => {
    const trimmed = header.trim();
    const bare = trimmed.toLowerCase().startsWith(CUSTOM_COLUMN_PREFIX) ? trimmed.slice(CUSTOM_COLUMN_PREFIX.length).trim() : trimmed;
    const base = (bare || `Column ${i + 1}`).slice(0, CUSTOM_FIELD_NAME_MAX - 5);
    const seen = used.get(base.toLowerCase()) ?? 0;
    used.set(base.toLowerCase(), seen + 1);
    return seen ? `${base} (${seen + 1})` : base;
  });
}

/** Every column that neither feeds a field nor is kept as a custom field: the review lists them as "not imported". */
export function unmappedColumns(headers: readonly string[], mapping: ColumnMapping, custom: CustomColumns): number[] {
  const used = new Set<number>([...Object.values(mapping), ...custom]);
  return headers.flatMap((_h, i) => (used.has(i) ? [] : [i]));
}

/** A mapping can import rows only if it says who the creator is on which platform. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (mapping.profileUrl === undefined && (mapping.platform === undefined || mapping.handle === undefined)) {
    problems.push('Map either "Profile URL", or both "Platform" and "Handle".');
  }
  return problems;
}

function lookup<T extends string>(value: string, ids: readonly T[], labels: Record<T, string>): T | undefined {
  const v = norm(value);
  return ids.find((id) => norm(id) === v || norm(labels[id]) === v);
}

/** The other names each adapter knows its platform by ("ig", "twitter"). */
const PLATFORM_ALIASES: ReadonlyMap<string, PlatformId> = new Map(ADAPTERS.flatMap((a) => a.aliases.map((alias) => [norm(alias), a.id] as const)));

export function parsePlatform(value: string): PlatformId | undefined {
  return lookup(value, PLATFORM_IDS, PLATFORM_LABELS) ?? PLATFORM_ALIASES.get(norm(value));
}

/**
 * Platform, handle and canonical URL from a profile URL, as the platform
 * adapters read it (the same normalisation as a profile saved from the page).
 */
export function refFromProfileUrl(value: string): { platform: PlatformId; handle: string; profileUrl: string } | undefined {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return undefined;
  }
  const ref = matchProfile(url);
  return ref ? { platform: ref.platform, handle: ref.handle, profileUrl: ref.profileUrl } : undefined;
}

function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(/[;,|]/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
}

/** One valid row, ready to become a creator (or an update of one). */
export interface ImportRecord {
  line: number;
  name: string;
  platform: PlatformId;
  handle: string;
  profileUrl: string;
  followers?: number;
  segment?: Segment;
  stage?: LifecycleStage;
  outreachStatus?: OutreachStatus;
  owner?: string;
  tags: string[];
  niches: string[];
  notes?: string;
  contact?: Contact;
  preferredChannel?: Channel;
  customFields?: CustomFields;
}

export type RowCheck = { line: number; ok: true; record: ImportRecord } | { line: number; ok: false; errors: string[] };

const UrlSchema = z.url();

/** Validates one CSV row against the mapping. `line` is the row's 1-based line in the file (the header is line 1). */
export function checkRow(
  cells: readonly string[],
  mapping: ColumnMapping,
  line: number,
  custom: { columns: CustomColumns; names: readonly string[] } = { columns: [], names: [] },
): RowCheck {
  const errors: string[] = [];
  // Undo the export's formula neutralising ('=…, '+…) so a round trip keeps the text as it was.
  const cellAt = (index: number): string => (cells[index] ?? '').trim().replace(/^'(?=[=+\-@])/, '');
  const cell = (field: ImportField): string => {
    const index = mapping[field];
    return index === undefined ? '' : cellAt(index);
  };
  let platform: PlatformId | undefined;
  let handle = '';
  let profileUrl = '';
  const urlText = cell('profileUrl');
  const fromUrl = urlText ? refFromProfileUrl(urlText) : undefined;
  if (urlText && !fromUrl) errors.push(`Profile URL "${urlText.slice(0, 80)}" is not a profile on a supported platform`);
  if (cell('platform')) {
    platform = parsePlatform(cell('platform'));
    if (!platform) errors.push(`Unknown platform "${cell('platform').slice(0, 40)}"`);
  }
  if (fromUrl) {
    if (platform && platform !== fromUrl.platform) errors.push(`Platform "${cell('platform')}" does not match the profile URL`);
    platform = fromUrl.platform;
    handle = (cell('handle') ? profileRefFor(platform, cell('handle'))?.handle : undefined) ?? fromUrl.handle;
    profileUrl = fromUrl.profileUrl;
  } else if (platform && cell('handle')) {
    // The site's own adapter decides what a handle may be, exactly as for a page visited in the browser.
    const ref = profileRefFor(platform, cell('handle'));
    if (ref) ({ handle, profileUrl } = ref);
    else errors.push(`Handle "${cell('handle').slice(0, 60)}" is not a ${PLATFORM_LABELS[platform]} profile`);
  }
  if (!cell('platform') && !urlText) errors.push('Platform is missing');
  if (!cell('handle') && !urlText) errors.push('Handle is missing');
  if (handle.length > 200) errors.push('Handle is longer than 200 characters');
  if (profileUrl && !UrlSchema.safeParse(profileUrl).success) errors.push('Profile URL is not a valid URL');

  let followers: number | undefined;
  if (cell('followers')) {
    const parsed = parseCount(cell('followers'));
    if (parsed === null) errors.push(`Followers "${cell('followers').slice(0, 40)}" is not a number`);
    else followers = parsed.value;
  }
  const pick = <T extends string>(field: ImportField, ids: readonly T[], labels: Record<T, string>, what: string): T | undefined => {
    if (!cell(field)) return undefined;
    const value = lookup(cell(field), ids, labels);
    if (!value) errors.push(`Unknown ${what} "${cell(field).slice(0, 40)}"`);
    return value;
  };
  const segment = pick('segment', SEGMENTS, SEGMENT_LABELS, 'segment');
  const stage = pick('stage', LIFECYCLE_STAGES, STAGE_LABELS, 'stage');
  const outreachStatus = pick('outreachStatus', OUTREACH_STATUSES, OUTREACH_LABELS, 'outreach status');
  const tags = splitList(cell('tags'));
  const niches = splitList(cell('niches'));
  if (tags.some((t) => t.length > 60)) errors.push('A tag is longer than 60 characters');
  if (niches.some((t) => t.length > 60)) errors.push('A niche is longer than 60 characters');
  if (tags.length > 100) errors.push('More than 100 tags');
  const owner = cell('owner');
  if (owner.length > 120) errors.push('Owner is longer than 120 characters');
  const notes = cell('notes');
  if (notes.length > 20_000) errors.push('Notes are longer than 20,000 characters');
  const name = cell('name') || handle;
  if (name.length > 300) errors.push('Name is longer than 300 characters');
  const contact = contactOf(cell, errors);
  const preferredChannel = pick('preferredChannel', CHANNELS, CHANNEL_LABELS, 'preferred channel');
  const customFields: CustomFields = {};
  for (const index of custom.columns) {
    const value = cellAt(index);
    const fieldName = custom.names[index] ?? `Column ${index + 1}`;
    if (value.length > CUSTOM_FIELD_VALUE_MAX) errors.push(`"${fieldName}" is longer than ${CUSTOM_FIELD_VALUE_MAX.toLocaleString('en')} characters`);
    else if (value) customFields[fieldName] = value;
  }

  if (errors.length || !platform) return { line, ok: false, errors: errors.length ? errors : ['Platform is missing'] };
  return {
    line,
    ok: true,
    record: {
      line,
      name,
      platform,
      handle,
      profileUrl,
      ...(followers !== undefined ? { followers } : {}),
      ...(segment ? { segment } : {}),
      ...(stage ? { stage } : {}),
      ...(outreachStatus ? { outreachStatus } : {}),
      ...(owner ? { owner } : {}),
      tags,
      niches,
      ...(notes ? { notes } : {}),
      ...(contact ? { contact } : {}),
      ...(preferredChannel ? { preferredChannel } : {}),
      ...(Object.keys(customFields).length ? { customFields } : {}),
    },
  };
}

/** The contact columns of one row, read exactly as the side panel's contact form reads them. */
function contactOf(cell: (field: ImportField) => string, errors: string[]): Contact | undefined {
  const result = contactFromDraft({
    emails: cell('email'),
    phone: cell('phone'),
    agentName: cell('agentName'),
    agentEmail: cell('agentEmail'),
    location: cell('location'),
    country: cell('country'),
    languages: cell('languages'),
    rateCard: cell('rateCard'),
  });
  if (result.ok) return result.contact;
  for (const [field, problem] of Object.entries(result.problems) as [ContactDraftField, string][]) errors.push(`${CONTACT_FIELD_LABELS[field]}: ${problem}`);
  return undefined;
}

export type RowOutcome =
  | { line: number; status: 'new'; record: ImportRecord }
  | { line: number; status: 'update'; record: ImportRecord; creatorId: string }
  | { line: number; status: 'exists'; record: ImportRecord; creatorId: string }
  | { line: number; status: 'duplicate'; record: ImportRecord; firstLine: number }
  | { line: number; status: 'invalid'; errors: string[] };

export interface ImportReport {
  outcomes: RowOutcome[];
  counts: Record<RowOutcome['status'], number>;
}

export type DuplicateMode = 'skip' | 'update';

export const accountKey = (platform: string, handle: string) => `${platform}\u0000${handle}`;

/**
 * Checks every row against the mapping, once: the roster lookup and the review
 * both work from this (at 100,000 rows a pass of checkRow costs about a second).
 */
export function checkRows(parsed: ParsedCsv, mapping: ColumnMapping, customColumns: CustomColumns = []): RowCheck[] {
  const custom = { columns: customColumns, names: customFieldNames(parsed.headers) };
  return parsed.rows.map((cells, i) => checkRow(cells, mapping, i + 2, custom));
}

/**
 * Decides what happens to each checked row: a new creator, an update of the
 * creator already on the roster with that platform and handle (or a skip, per
 * `mode`), a duplicate of an earlier row in the file, or invalid.
 */
export function reviewImport(checks: readonly RowCheck[], existing: ReadonlyMap<string, { creatorId: string }>, mode: DuplicateMode): ImportReport {
  const seen = new Map<string, number>();
  const outcomes: RowOutcome[] = [];
  const counts = { new: 0, update: 0, exists: 0, duplicate: 0, invalid: 0 };
  for (const check of checks) {
    const { line } = check;
    let outcome: RowOutcome;
    if (!check.ok) outcome = { line, status: 'invalid', errors: check.errors };
    else {
      const key = accountKey(check.record.platform, check.record.handle);
      const firstLine = seen.get(key);
      const onRoster = existing.get(key);
      if (firstLine !== undefined) outcome = { line, status: 'duplicate', record: check.record, firstLine };
      else if (onRoster) outcome = { line, status: mode === 'update' ? 'update' : 'exists', record: check.record, creatorId: onRoster.creatorId };
      else outcome = { line, status: 'new', record: check.record };
      seen.set(key, firstLine ?? line);
    }
    counts[outcome.status]++;
    outcomes.push(outcome);
  }
  return { outcomes, counts };
}

/** Every [platform, handle] among the valid rows, to look up on the roster before reviewing. */
export function accountKeysOf(checks: readonly RowCheck[]): [PlatformId, string][] {
  const keys: [PlatformId, string][] = [];
  for (const check of checks) if (check.ok) keys.push([check.record.platform, check.record.handle]);
  return keys;
}

/** An edit of a creator already on the roster: fields the file replaces, and contact facts merged into what is known. */
export interface ImportUpdate {
  creatorId: string;
  patch: Partial<Pick<Creator, 'segment' | 'stage' | 'outreachStatus' | 'owner' | 'tags' | 'niches'>>;
  facts: ImportedFacts;
}

/** The records to write: new creators with one account each, and patches for updated ones. */
export function buildImportBatch(
  report: ImportReport,
  settings: Settings,
  now: number,
): {
  creators: Creator[];
  accounts: Account[];
  updates: ImportUpdate[];
} {
  const creators: Creator[] = [];
  const accounts: Account[] = [];
  const updates: ImportUpdate[] = [];
  for (const outcome of report.outcomes) {
    if (outcome.status === 'new') {
      const r = outcome.record;
      const creatorId = newId();
      const accountId = newId();
      const stage = r.stage ?? 'discovered';
      const draft = CreatorSchema.parse({
        id: creatorId,
        displayName: r.name,
        accounts: [{ accountId, platform: r.platform, handle: r.handle, ...(r.followers !== undefined ? { followers: r.followers } : {}) }],
        segment: r.segment ?? 'unassigned',
        segmentHistory: r.segment ? [{ segment: r.segment, at: now }] : [],
        stage,
        stageHistory: [{ stage, at: now, note: 'Imported from CSV' }],
        outreachStatus: r.outreachStatus ?? 'not-contacted',
        tags: r.tags,
        niches: r.niches,
        ...(r.owner ? { owner: r.owner } : {}),
        fit: { notes: r.notes ?? '', rubric: {} },
        ...(r.contact ? { contact: r.contact } : {}),
        ...(r.customFields ? { customFields: r.customFields } : {}),
        ...(r.preferredChannel ? { preferences: { preferredChannel: r.preferredChannel } } : {}),
        createdAt: now,
        updatedAt: now,
      });
      const nextDueAt = computeNextDueAt(draft, settings);
      creators.push(nextDueAt === undefined ? draft : { ...draft, nextDueAt });
      accounts.push({
        id: accountId,
        creatorId,
        platform: r.platform,
        handle: r.handle,
        profileUrl: r.profileUrl,
        displayName: r.name,
        links: [],
        followerSnapshots: r.followers !== undefined ? [{ at: now, raw: String(r.followers), value: r.followers, exact: true }] : [],
        addedAt: now,
        updatedAt: now,
      });
    } else if (outcome.status === 'update') {
      const r = outcome.record;
      const patch = {
        ...(r.segment ? { segment: r.segment } : {}),
        ...(r.stage ? { stage: r.stage } : {}),
        ...(r.outreachStatus ? { outreachStatus: r.outreachStatus } : {}),
        ...(r.owner ? { owner: r.owner } : {}),
        ...(r.tags.length ? { tags: r.tags } : {}),
        ...(r.niches.length ? { niches: r.niches } : {}),
      };
      const facts: ImportedFacts = {
        ...(r.contact ? { contact: r.contact } : {}),
        ...(r.customFields ? { customFields: r.customFields } : {}),
        ...(r.preferredChannel ? { preferredChannel: r.preferredChannel } : {}),
      };
      if (Object.keys(patch).length || Object.keys(facts).length) updates.push({ creatorId: outcome.creatorId, patch, facts });
    }
  }
  return { creators, accounts, updates };
}
