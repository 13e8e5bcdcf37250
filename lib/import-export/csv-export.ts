/** CSV export of creators (the roster selection or everyone), safe to open in a spreadsheet. */
import Papa from 'papaparse';
import {
  CHANNEL_LABELS,
  HEALTH_LABELS,
  OUTREACH_LABELS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  fitScore,
  formatRateCard,
  totalFollowers,
  type Creator,
} from '../domain';
import { neutraliseCell } from './csv-safety';
import { CUSTOM_COLUMN_PREFIX } from './csv-import';

/** Column names; the import maps these back automatically. */
export const EXPORT_COLUMNS = [
  'name',
  'platform',
  'handle',
  'other_accounts',
  'segment',
  'stage',
  'outreach_status',
  'owner',
  'tags',
  'niches',
  'followers',
  'fit_score',
  'health',
  'last_contact',
  'next_due',
  'notes',
  'email',
  'phone',
  'agent_name',
  'agent_email',
  'location',
  'country',
  'languages',
  'rate_card',
  'preferred_channel',
] as const;

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

function cells(creator: Creator): (string | number)[] {
  const [primary, ...others] = creator.accounts;
  const followers = totalFollowers(creator);
  const fit = fitScore(creator.fit.rubric);
  return [
    creator.displayName,
    primary?.platform ?? '',
    primary?.handle ?? '',
    others.map((a) => `${a.platform}:${a.handle}`).join('; '),
    SEGMENT_LABELS[creator.segment],
    STAGE_LABELS[creator.stage],
    OUTREACH_LABELS[creator.outreachStatus],
    creator.owner ?? '',
    creator.tags.join('; '),
    creator.niches.join('; '),
    followers ?? '',
    fit ?? '',
    creator.health ? `${HEALTH_LABELS[creator.health.label]} (${creator.health.score})` : '',
    iso(creator.lastContactAt),
    iso(creator.nextDueAt),
    creator.fit.notes,
    creator.contact?.emails.join('; ') ?? '',
    creator.contact?.phone ?? '',
    creator.contact?.agent?.name ?? '',
    creator.contact?.agent?.email ?? '',
    creator.contact?.location ?? '',
    creator.contact?.country ?? '',
    creator.contact?.languages.join('; ') ?? '',
    formatRateCard(creator.contact?.rateCard ?? []),
    creator.preferences.preferredChannel ? CHANNEL_LABELS[creator.preferences.preferredChannel] : '',
  ];
}

/** Every custom field name any of these creators has, in first-seen order: one "custom:<name>" column each. */
function customFieldNamesOf(creators: readonly Creator[]): string[] {
  const names = new Set<string>();
  for (const c of creators) for (const name of Object.keys(c.customFields ?? {})) names.add(name);
  return [...names];
}

/** Every text cell is neutralised against formula injection; numbers are written as numbers. */
export function creatorsToCsv(creators: readonly Creator[]): string {
  const custom = customFieldNamesOf(creators);
  const rows = creators.map((c) =>
    [...cells(c), ...custom.map((name) => c.customFields?.[name] ?? '')].map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)),
  );
  const fields = [...EXPORT_COLUMNS, ...custom.map((name) => `${CUSTOM_COLUMN_PREFIX}${name}`)];
  // A BOM so spreadsheet apps read the file as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields, data: rows }, { newline: '\r\n' });
}
