/**
 * Roster rows packed for storage: many rows as one string, one Float64Array, one
 * Int32Array and a short list of distinct values, so a few large records hold
 * the whole roster. IndexedDB copies a string or a typed array in one piece,
 * where 100,000 small objects cost a clone each: measured in Node on the bench
 * roster, JSON of the same rows was 77 MB and took 1.06 s to parse; packed, see
 * tests/bench/README.md (roster_all_filterable).
 *
 * Layout, row after row:
 * - `texts`: the TEXT_FIELDS joined by FIELD (the handles' items by ITEM). A text
 *   that holds one of these control characters is stored as JSON behind ESCAPED,
 *   so no user text can shift the columns.
 * - `numbers`: the NUMBER_FIELDS, NaN for "none".
 * - `codes`: the CODE_FIELDS. Segment, stage, outreach status and health label
 *   are their position in the schema's list of values (reordering those lists
 *   means bumping ROSTER_ROWS_FORMAT in lib/db/roster-rows). Platform lists, tag
 *   lists, owners, preferences and cadence overrides repeat across rows, so each
 *   distinct one is stored once in `values` and a row holds its position there;
 *   NO_VALUE stands for none (an empty list, default preferences).
 *
 * Reading is on the side panel's path to its first paint at 100,000 creators, so
 * it allocates as little as it can: per row, four texts and the row itself; the
 * repeated values are read once per record and shared, frozen, by its rows.
 */
import {
  SegmentSchema,
  LifecycleStageSchema,
  OutreachStatusSchema,
  HealthSummarySchema,
  PreferencesSchema,
  type Creator,
  type HealthSummary,
  type LifecycleStage,
  type OutreachStatus,
  type Segment,
} from '../domain';
import type { PlatformId } from '../platforms/types';
import type { RosterRow } from './rows';

const FIELD = '\u0001';
const ITEM = '\u0002';
const ESCAPED = '\u0003';
// eslint-disable-next-line no-control-regex -- these control characters are the layout's separators
const CONTROL = /[\u0001-\u0003]/;
/** In `codes`: no value (an empty list, default preferences, no owner, no health label). */
const NO_VALUE = -1;

export interface PackedRows {
  count: number;
  texts: string;
  numbers: Float64Array<ArrayBuffer>;
  codes: Int32Array<ArrayBuffer>;
  values: string[];
}

export class PackedRowsError extends Error {
  constructor(message: string) {
    super(`Packed roster rows are unreadable: ${message}`);
    this.name = 'PackedRowsError';
  }
}

const TEXT_FIELDS = ['id', 'displayName', 'handles', 'searchText'] as const;

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
] as const;

const CODE_FIELDS = [
  'segment',
  'stage',
  'outreachStatus',
  'healthLabel',
  'platforms',
  'tags',
  'owner',
  'ownerId',
  'lastOutboundById',
  'preferences',
  'cadenceOverride',
] as const;

const T = TEXT_FIELDS.length;
const N = NUMBER_FIELDS.length;
const C = CODE_FIELDS.length;

function text(value: string): string {
  return CONTROL.test(value) ? ESCAPED + JSON.stringify(value) : value;
}

function list(values: readonly string[]): string {
  // An empty item would vanish on the way back: such lists go as JSON, like control characters.
  if (values.some((v) => v === '' || CONTROL.test(v))) return ESCAPED + JSON.stringify(values);
  return values.join(ITEM);
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

/** Collects the distinct repeated values of the rows being packed; a row stores a value's position. */
class ValuesWriter {
  readonly values: string[] = [];
  // Keyed by kind too: the same text may be an owner in one field and a one-tag list in another.
  private readonly positions = new Map<string, number>();
  code(kind: string, stored: string): number {
    const key = kind + FIELD + stored;
    let at = this.positions.get(key);
    if (at === undefined) {
      at = this.values.push(stored) - 1;
      this.positions.set(key, at);
    }
    return at;
  }
}

export function packRows(rows: readonly RosterRow[]): PackedRows {
  const parts: string[] = new Array<string>(rows.length * T);
  const numbers = new Float64Array(rows.length * N);
  const codes = new Int32Array(rows.length * C);
  const values = new ValuesWriter();
  const listCode = (kind: string, items: readonly string[]) => (items.length === 0 ? NO_VALUE : values.code(kind, list(items)));
  const textCode = (value: string | undefined) => (value === undefined ? NO_VALUE : values.code('text', value));
  const jsonCode = (kind: string, value: unknown) => (value === undefined ? NO_VALUE : values.code(kind, JSON.stringify(value)));
  let p = 0;
  let n = 0;
  let c = 0;
  for (const row of rows) {
    parts[p++] = text(row.id);
    parts[p++] = text(row.displayName);
    parts[p++] = list(row.handles);
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
    codes[c++] = SEGMENTS.code(row.segment);
    codes[c++] = STAGES.code(row.stage);
    codes[c++] = OUTREACH.code(row.outreachStatus);
    codes[c++] = row.health ? HEALTH_LABELS.code(row.health.label) : NO_VALUE;
    codes[c++] = listCode('platforms', row.platforms);
    codes[c++] = listCode('tags', row.tags);
    codes[c++] = textCode(row.owner);
    codes[c++] = textCode(row.ownerId);
    codes[c++] = textCode(row.lastOutboundById);
    codes[c++] = jsonCode('preferences', isDefaultPreferences(row.preferences) ? undefined : row.preferences);
    codes[c++] = jsonCode('cadenceOverride', row.cadenceOverride);
  }
  return { count: rows.length, texts: parts.join(FIELD), numbers, codes, values: values.values };
}

// ------------------------------------------------------------------ unpacking

function parseJson(value: string, what: string): unknown {
  try {
    return JSON.parse(value) as unknown;
  } catch {
    throw new PackedRowsError(`${what} is not JSON`);
  }
}

function readText(value: string): string {
  if (value.charCodeAt(0) !== 3) return value;
  const parsed = parseJson(value.slice(1), 'an escaped text');
  if (typeof parsed !== 'string') throw new PackedRowsError('an escaped text is not a string');
  return parsed;
}

function readList(value: string): string[] {
  if (value === '') return EMPTY_LIST;
  if (value.charCodeAt(0) !== 3) return value.split(ITEM);
  const parsed = parseJson(value.slice(1), 'an escaped list');
  if (!Array.isArray(parsed) || !parsed.every((v) => typeof v === 'string')) throw new PackedRowsError('an escaped list is not a list of texts');
  return parsed as string[];
}

const EMPTY_LIST: string[] = Object.freeze([]) as unknown as string[];
const DEFAULT_PREFERENCES: Creator['preferences'] = Object.freeze({ topicsToAvoid: EMPTY_LIST, doNotContact: false, doNotStoreMessageText: false });

function readPreferences(value: string): Creator['preferences'] {
  const parsed = PreferencesSchema.safeParse(parseJson(value, 'stored preferences'));
  if (!parsed.success) throw new PackedRowsError('stored preferences are invalid');
  return Object.freeze(parsed.data);
}

function readCadenceOverride(value: string): NonNullable<Creator['cadenceOverride']> {
  const parsed = parseJson(value, 'a stored cadence override') as { idealDays?: unknown; maxDays?: unknown } | null;
  if (typeof parsed?.idealDays !== 'number' || typeof parsed.maxDays !== 'number') throw new PackedRowsError('a stored cadence override is invalid');
  return Object.freeze({ idealDays: parsed.idealDays, maxDays: parsed.maxDays });
}

/** A record's repeated values, each read on first use and then shared by the rows that point at it. */
class ValuesReader {
  private readonly read = new Map<string, unknown[]>();
  constructor(private readonly values: readonly string[]) {}

  private get<V>(kind: string, code: number, decode: (stored: string) => V): V {
    let decoded = this.read.get(kind);
    if (!decoded) this.read.set(kind, (decoded = []));
    const known = decoded[code];
    if (known !== undefined) return known as V;
    const stored = this.values[code];
    if (stored === undefined) throw new PackedRowsError(`${code} is not a position in the record's values (${kind})`);
    const value = decode(stored);
    decoded[code] = value;
    return value;
  }

  list(kind: string, code: number): string[] {
    return code === NO_VALUE ? EMPTY_LIST : this.get(kind, code, (stored) => Object.freeze(readList(stored)) as string[]);
  }
  text(code: number): string | undefined {
    return code === NO_VALUE ? undefined : this.get('text', code, (stored) => stored);
  }
  preferences(code: number): Creator['preferences'] {
    return code === NO_VALUE ? DEFAULT_PREFERENCES : this.get('preferences', code, readPreferences);
  }
  cadenceOverride(code: number): Creator['cadenceOverride'] {
    return code === NO_VALUE ? undefined : this.get('cadenceOverride', code, readCadenceOverride);
  }
}

/**
 * A row read back. Its texts and shared values are fields; its numbers stay in
 * the record's Float64Array and are read on access. A time in milliseconds is no
 * small integer, so as a field each would be an object of its own: thirteen per
 * row, 1.3 million at 100,000 creators, which the panel paid for in allocation
 * and garbage collection on its way to the first paint (tests/bench/README.md).
 */
class PackedRow implements RosterRow {
  #health: HealthSummary | null | undefined;
  #handles: string[] | undefined;
  constructor(
    readonly id: string,
    readonly displayName: string,
    private readonly storedHandles: string,
    readonly platforms: PlatformId[],
    readonly segment: Segment,
    readonly stage: LifecycleStage,
    readonly outreachStatus: OutreachStatus,
    readonly owner: string | undefined,
    readonly ownerId: string | undefined,
    readonly lastOutboundById: string | undefined,
    readonly tags: string[],
    readonly preferences: Creator['preferences'],
    readonly cadenceOverride: Creator['cadenceOverride'],
    readonly searchText: string,
    private readonly healthLabel: HealthSummary['label'] | undefined,
    private readonly numbers: Float64Array,
    private readonly at: number,
  ) {}

  private number(field: number): number | undefined {
    const value = this.numbers[this.at + field] as number;
    return value === value ? value : undefined; // NaN stands for none
  }

  get handles(): string[] {
    return (this.#handles ??= readList(this.storedHandles));
  }
  get handle(): string {
    return this.handles[0] ?? '';
  }
  get fitScore(): number | null {
    return this.number(0) ?? null;
  }
  get followers(): number | undefined {
    return this.number(1);
  }
  get growth(): number | undefined {
    return this.number(2);
  }
  get lastContactAt(): number | undefined {
    return this.number(3);
  }
  get lastOutboundAt(): number | undefined {
    return this.number(4);
  }
  get lastInboundAt(): number | undefined {
    return this.number(5);
  }
  get nextDueAt(): number | undefined {
    return this.number(6);
  }
  get followUpDueAt(): number | undefined {
    return this.number(7);
  }
  get snoozedUntil(): number | undefined {
    return this.number(8);
  }
  get createdAt(): number {
    return this.numbers[this.at + 9] as number;
  }
  get updatedAt(): number {
    return this.numbers[this.at + 10] as number;
  }
  get health(): HealthSummary | undefined {
    if (this.#health === undefined) {
      const label = this.healthLabel;
      this.#health = label === undefined ? null : { label, score: this.numbers[this.at + 11] as number, computedAt: this.numbers[this.at + 12] as number };
    }
    return this.#health ?? undefined;
  }

  /** The row as a plain object (what toRosterRow builds), for JSON and for comparing. */
  toJSON(): RosterRow {
    return {
      id: this.id,
      displayName: this.displayName,
      handle: this.handle,
      handles: this.handles,
      platforms: this.platforms,
      segment: this.segment,
      stage: this.stage,
      outreachStatus: this.outreachStatus,
      fitScore: this.fitScore,
      followers: this.followers,
      growth: this.growth,
      owner: this.owner,
      ownerId: this.ownerId,
      lastOutboundById: this.lastOutboundById,
      tags: this.tags,
      lastContactAt: this.lastContactAt,
      lastOutboundAt: this.lastOutboundAt,
      lastInboundAt: this.lastInboundAt,
      nextDueAt: this.nextDueAt,
      followUpDueAt: this.followUpDueAt,
      snoozedUntil: this.snoozedUntil,
      cadenceOverride: this.cadenceOverride,
      preferences: this.preferences,
      health: this.health,
      createdAt: this.createdAt,
      updatedAt: this.updatedAt,
      searchText: this.searchText,
    };
  }
}

/** The rows back, checked field by field; throws PackedRowsError on anything that does not fit the layout. */
export function unpackRows(packed: PackedRows): RosterRow[] {
  const { count, numbers, codes } = packed;
  const parts = count === 0 ? [] : packed.texts.split(FIELD);
  if (parts.length !== count * T) throw new PackedRowsError(`${parts.length} texts for ${count} rows`);
  if (numbers.length !== count * N) throw new PackedRowsError(`${numbers.length} numbers for ${count} rows`);
  if (codes.length !== count * C) throw new PackedRowsError(`${codes.length} codes for ${count} rows`);
  const values = new ValuesReader(packed.values);
  const rows = new Array<RosterRow>(count);
  for (let i = 0, p = 0, n = 0, c = 0; i < count; i++, p += T, n += N, c += C) {
    if (Number.isNaN(numbers[n + 9]) || Number.isNaN(numbers[n + 10])) throw new PackedRowsError('a row has no creation or change time');
    const healthLabel = codes[c + 3] as number;
    const row = new PackedRow(
      readText(parts[p] as string),
      readText(parts[p + 1] as string),
      parts[p + 2] as string,
      values.list('platforms', codes[c + 4] as number) as PlatformId[],
      SEGMENTS.value(codes[c] as number),
      STAGES.value(codes[c + 1] as number),
      OUTREACH.value(codes[c + 2] as number),
      values.text(codes[c + 6] as number),
      values.text(codes[c + 7] as number),
      values.text(codes[c + 8] as number),
      values.list('tags', codes[c + 5] as number),
      values.preferences(codes[c + 9] as number),
      values.cadenceOverride(codes[c + 10] as number),
      readText(parts[p + 3] as string),
      healthLabel === NO_VALUE ? undefined : HEALTH_LABELS.value(healthLabel),
      numbers,
      n,
    );
    // Handles are split when first shown; an escaped list is read now, so a broken one fails the read like any other field.
    if ((parts[p + 2] as string).charCodeAt(0) === 3) void row.handles;
    rows[i] = row;
  }
  return rows;
}
