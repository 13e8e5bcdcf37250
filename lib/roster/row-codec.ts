/**
 * Roster rows packed for storage: many rows as one string and one Float64Array,
 * so a few large records hold the whole roster. IndexedDB copies a string or a
 * typed array in one piece, where 100,000 small objects cost a clone each:
 * measured in Node on the bench roster, JSON of the same rows was 77 MB and took
 * 1.06 s to parse; packed, see tests/bench/README.md (roster_all_filterable).
 *
 * Layout, row after row: STRING_FIELDS.length texts joined by FIELD, and
 * NUMBER_FIELDS.length numbers (NaN for "none"). Lists join their items with ITEM.
 * A text that holds one of these control characters is stored as JSON behind
 * ESCAPED, so no user text can shift the columns. Segment, stage, outreach status
 * and health label are stored as their position in the schema's list of values
 * (CODED): no text to read back, and rows share the one string (reordering those
 * lists means bumping ROSTER_ROWS_FORMAT in lib/db/roster-rows).
 *
 * Reading is on the side panel's path to its first paint at 100,000 creators, so
 * it allocates as little as it can: coded values, one shared empty list, one
 * shared default preferences object and one platforms list per distinct value,
 * all frozen since rows share them.
 */
import { SegmentSchema, LifecycleStageSchema, OutreachStatusSchema, HealthSummarySchema, PreferencesSchema, type Creator } from '../domain';
import type { PlatformId } from '../platforms/types';
import type { RosterRow } from './rows';

const FIELD = '\u0001';
const ITEM = '\u0002';
const ESCAPED = '\u0003';
const NONE = '\u0004';
// eslint-disable-next-line no-control-regex -- these control characters are the layout's separators
const CONTROL = /[\u0001-\u0004]/;

export interface PackedRows {
  count: number;
  texts: string;
  numbers: Float64Array<ArrayBuffer>;
}

export class PackedRowsError extends Error {
  constructor(message: string) {
    super(`Packed roster rows are unreadable: ${message}`);
    this.name = 'PackedRowsError';
  }
}

const STRING_FIELDS = [
  'id',
  'displayName',
  'handles',
  'platforms',
  'owner',
  'ownerId',
  'lastOutboundById',
  'tags',
  'preferences',
  'cadenceOverride',
  'searchText',
] as const;

const NUMBER_FIELDS = [
  'fitScore',
  'followers',
  'growth',
  'lastContactAt',
  'lastOutboundAt',
  'lastInboundAt',
  'nextDueAt',
  'followUpDueAt',
  'snoozedUntil',
  'createdAt',
  'updatedAt',
  'healthScore',
  'healthComputedAt',
  'segmentCode',
  'stageCode',
  'outreachStatusCode',
  'healthLabelCode',
] as const;

const S = STRING_FIELDS.length;
const N = NUMBER_FIELDS.length;

function text(value: string): string {
  return CONTROL.test(value) ? ESCAPED + JSON.stringify(value) : value;
}

function optionalText(value: string | undefined): string {
  return value === undefined ? NONE : text(value);
}

function list(values: readonly string[]): string {
  // An empty item would vanish on the way back: such lists go as JSON, like control characters.
  if (values.some((v) => v === '' || CONTROL.test(v))) return ESCAPED + JSON.stringify(values);
  return values.join(ITEM);
}

function json(value: unknown): string {
  return value === undefined ? NONE : ESCAPED + JSON.stringify(value);
}

function isDefaultPreferences(p: Creator['preferences']): boolean {
  return (
    p.topicsToAvoid.length === 0 &&
    !p.doNotContact &&
    !p.doNotStoreMessageText &&
    p.preferredChannel === undefined &&
    p.contactWindow === undefined &&
    Object.keys(p).length === 3
  );
}

function num(value: number | null | undefined): number {
  return value === undefined || value === null ? NaN : value;
}

/** An enum's values by position: the position is what is stored. */
class Coded<T extends string> {
  private readonly codes: ReadonlyMap<string, number>;
  constructor(
    private readonly values: readonly T[],
    private readonly what: string,
  ) {
    this.codes = new Map(values.map((v, i) => [v, i]));
  }
  code(value: T): number {
    const code = this.codes.get(value);
    if (code === undefined) throw new PackedRowsError(`"${value}" is not a ${this.what}`);
    return code;
  }
  value(code: number): T {
    const value = this.values[code];
    if (value === undefined) throw new PackedRowsError(`${code} is not a ${this.what} code`);
    return value;
  }
}

const SEGMENTS = new Coded(SegmentSchema.options, 'segment');
const STAGES = new Coded(LifecycleStageSchema.options, 'lifecycle stage');
const OUTREACH = new Coded(OutreachStatusSchema.options, 'outreach status');
const HEALTH_LABELS = new Coded(HealthSummarySchema.shape.label.options, 'health label');

export function packRows(rows: readonly RosterRow[]): PackedRows {
  const parts: string[] = new Array<string>(rows.length * S);
  const numbers = new Float64Array(rows.length * N);
  let p = 0;
  let n = 0;
  for (const row of rows) {
    parts[p++] = text(row.id);
    parts[p++] = text(row.displayName);
    parts[p++] = list(row.handles);
    parts[p++] = list(row.platforms);
    parts[p++] = optionalText(row.owner);
    parts[p++] = optionalText(row.ownerId);
    parts[p++] = optionalText(row.lastOutboundById);
    parts[p++] = list(row.tags);
    parts[p++] = isDefaultPreferences(row.preferences) ? NONE : json(row.preferences);
    parts[p++] = json(row.cadenceOverride);
    parts[p++] = text(row.searchText);
    numbers[n++] = num(row.fitScore);
    numbers[n++] = num(row.followers);
    numbers[n++] = num(row.growth);
    numbers[n++] = num(row.lastContactAt);
    numbers[n++] = num(row.lastOutboundAt);
    numbers[n++] = num(row.lastInboundAt);
    numbers[n++] = num(row.nextDueAt);
    numbers[n++] = num(row.followUpDueAt);
    numbers[n++] = num(row.snoozedUntil);
    numbers[n++] = num(row.createdAt);
    numbers[n++] = num(row.updatedAt);
    numbers[n++] = num(row.health?.score);
    numbers[n++] = num(row.health?.computedAt);
    numbers[n++] = SEGMENTS.code(row.segment);
    numbers[n++] = STAGES.code(row.stage);
    numbers[n++] = OUTREACH.code(row.outreachStatus);
    numbers[n++] = row.health ? HEALTH_LABELS.code(row.health.label) : NaN;
  }
  return { count: rows.length, texts: parts.join(FIELD), numbers };
}

// ------------------------------------------------------------------ unpacking

function unescape(value: string): unknown {
  try {
    return JSON.parse(value.slice(1)) as unknown;
  } catch {
    throw new PackedRowsError('an escaped text is not JSON');
  }
}

function readText(value: string): string {
  if (value.charCodeAt(0) !== 3) return value;
  const parsed = unescape(value);
  if (typeof parsed !== 'string') throw new PackedRowsError('an escaped text is not a string');
  return parsed;
}

function readOptionalText(value: string): string | undefined {
  return value === NONE ? undefined : readText(value);
}

function readList(value: string): string[] {
  if (value === '') return EMPTY_LIST;
  if (value.charCodeAt(0) !== 3) return value.split(ITEM);
  const parsed = unescape(value);
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) throw new PackedRowsError('an escaped list is not a list of texts');
  return parsed as string[];
}

function optionalNumber(value: number): number | undefined {
  return Number.isNaN(value) ? undefined : value;
}

const EMPTY_LIST: string[] = Object.freeze([]) as unknown as string[];
const DEFAULT_PREFERENCES: Creator['preferences'] = Object.freeze({ topicsToAvoid: EMPTY_LIST, doNotContact: false, doNotStoreMessageText: false });

function readPreferences(value: string): Creator['preferences'] {
  if (value === NONE) return DEFAULT_PREFERENCES;
  const parsed = PreferencesSchema.safeParse(unescape(value));
  if (!parsed.success) throw new PackedRowsError('stored preferences are invalid');
  return parsed.data;
}

function readCadenceOverride(value: string): Creator['cadenceOverride'] {
  if (value === NONE) return undefined;
  const parsed = unescape(value) as { idealDays?: unknown; maxDays?: unknown } | null;
  if (typeof parsed?.idealDays !== 'number' || typeof parsed.maxDays !== 'number') throw new PackedRowsError('a stored cadence override is invalid');
  return { idealDays: parsed.idealDays, maxDays: parsed.maxDays };
}

/** The rows back, checked field by field; throws PackedRowsError on anything that does not fit the layout. */
export function unpackRows(packed: PackedRows): RosterRow[] {
  const { count, numbers } = packed;
  const parts = count === 0 ? [] : packed.texts.split(FIELD);
  if (parts.length !== count * S) throw new PackedRowsError(`${parts.length} texts for ${count} rows`);
  if (numbers.length !== count * N) throw new PackedRowsError(`${numbers.length} numbers for ${count} rows`);
  // Platform lists and tag lists repeat across rows: one frozen list per distinct stored value.
  const shared = new Map<string, string[]>();
  const sharedList = (value: string): string[] => {
    let found = shared.get(value);
    if (!found) shared.set(value, (found = Object.freeze(readList(value)) as string[]));
    return found;
  };
  const rows = new Array<RosterRow>(count);
  for (let i = 0, p = 0, n = 0; i < count; i++, p += S, n += N) {
    const handles = readList(parts[p + 2] as string);
    const createdAt = numbers[n + 9] as number;
    const updatedAt = numbers[n + 10] as number;
    if (Number.isNaN(createdAt) || Number.isNaN(updatedAt)) throw new PackedRowsError('a row has no creation or change time');
    const healthLabel = numbers[n + 16] as number;
    rows[i] = {
      id: readText(parts[p] as string),
      displayName: readText(parts[p + 1] as string),
      handle: handles[0] ?? '',
      handles,
      platforms: sharedList(parts[p + 3] as string) as PlatformId[],
      segment: SEGMENTS.value(numbers[n + 13] as number),
      stage: STAGES.value(numbers[n + 14] as number),
      outreachStatus: OUTREACH.value(numbers[n + 15] as number),
      owner: readOptionalText(parts[p + 4] as string),
      ownerId: readOptionalText(parts[p + 5] as string),
      lastOutboundById: readOptionalText(parts[p + 6] as string),
      tags: sharedList(parts[p + 7] as string),
      health: Number.isNaN(healthLabel)
        ? undefined
        : { label: HEALTH_LABELS.value(healthLabel), score: numbers[n + 11] as number, computedAt: numbers[n + 12] as number },
      preferences: readPreferences(parts[p + 8] as string),
      cadenceOverride: readCadenceOverride(parts[p + 9] as string),
      searchText: readText(parts[p + 10] as string),
      fitScore: optionalNumber(numbers[n] as number) ?? null,
      followers: optionalNumber(numbers[n + 1] as number),
      growth: optionalNumber(numbers[n + 2] as number),
      lastContactAt: optionalNumber(numbers[n + 3] as number),
      lastOutboundAt: optionalNumber(numbers[n + 4] as number),
      lastInboundAt: optionalNumber(numbers[n + 5] as number),
      nextDueAt: optionalNumber(numbers[n + 6] as number),
      followUpDueAt: optionalNumber(numbers[n + 7] as number),
      snoozedUntil: optionalNumber(numbers[n + 8] as number),
      createdAt,
      updatedAt,
    };
  }
  return rows;
}
