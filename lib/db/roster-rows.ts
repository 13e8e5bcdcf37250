/**
 * The persisted roster rows: every creator's roster row (lib/roster/rows), packed
 * (lib/roster/row-codec) into a few large records, so the side panel reads the
 * whole roster in one request instead of validating 100,000 creator records.
 *
 * Two kinds of record hold them:
 * - ROSTER_CHUNKS `chunk:N` records: the bulk of the rows, spread by a hash of
 *   the id. Few and large because Chromium reads each large value as a file of
 *   its own: at 100,000 creators a read of 256 records took 0.85-1.2 s, of 16
 *   records 0.33-0.46 s (tests/bench/README.md, roster_all_filterable).
 * - `recent:<id>` records: one row (or its removal) per creator changed since
 *   the chunks were last written, so a write puts one small record instead of
 *   rewriting a chunk of 12,500 rows.
 * Readers lay the recent rows over the chunks. Once there are many recent rows,
 * the chunks are rewritten with them (compactRosterRows, or within a large write).
 *
 * Kept in step in the same transaction as every creator write (updateRosterRows).
 * Passes over the whole roster in several transactions invalidate the rows in
 * their first one and rebuild them at the end (invalidateRosterRows,
 * rebuildRosterRows), so no reader ever sees stale rows: without the `meta`
 * record the rows count as absent, and the next reader rebuilds them.
 */
import { unwrap, wrap } from 'idb';
import { z } from 'zod';
import { CreatorSchema, type Creator } from '../domain';
import { toRosterRow, type RosterRow } from '../roster/rows';
import { packRows, unpackRows, PackedRowsError } from '../roster/row-codec';
import { DEFAULT_SORT, sortRows } from '../roster/query';
import { openRapportDb } from './open';
import { describeIssues, idOf } from './records';

/** The bulk of the rows is spread over this many records (see above for why few). */
export const ROSTER_CHUNKS = 8;
/** Bumped when the row, its packing or the record layout changes: older rows are rebuilt. */
export const ROSTER_ROWS_FORMAT = 4;
/** From this many recent rows, a reader should compact them into the chunks (a second or two of writing at 100,000). */
export const COMPACT_RECENT_AT = 500;
/** A write that would leave more recent rows than this folds them into the chunks itself (imports, sync). */
const MERGE_IN_WRITE_AT = 5_000;
const META_KEY = 'meta';
const CHUNK_PREFIX = 'chunk:';
const RECENT_PREFIX = 'recent:';
const RECENT_KEYS = IDBKeyRange.bound(RECENT_PREFIX, `${RECENT_PREFIX}\uffff`);
const chunkKey = (chunk: number) => `${CHUNK_PREFIX}${chunk}`;

const RosterMetaSchema = z.object({
  key: z.literal(META_KEY),
  format: z.number().int(),
  chunks: z.number().int().positive(),
  /** How many recent records were written since the chunks were (an upper bound: a creator changed twice counts twice). */
  recent: z.number().int().nonnegative(),
  /** Creators whose stored record failed validation when the rows were built (shown as "unreadable"). */
  corruptIds: z.array(z.string()),
});
type RosterMeta = z.infer<typeof RosterMetaSchema>;

const PackedFields = {
  count: z.number().int().nonnegative(),
  texts: z.string(),
  numbers: z.instanceof(Float64Array),
  codes: z.instanceof(Int32Array),
  values: z.array(z.string()),
};
const RosterChunkSchema = z.object({ key: z.string().startsWith(CHUNK_PREFIX), ...PackedFields });
/** One creator's row as changed since the chunks were written; count 0 means the creator was removed. */
const RecentRowSchema = z.object({ key: z.string().startsWith(RECENT_PREFIX), ...PackedFields, count: z.union([z.literal(0), z.literal(1)]) });
type RosterChunk = z.infer<typeof RosterChunkSchema>;
type RecentRow = z.infer<typeof RecentRowSchema>;

export type RosterRowsRecord = RosterMeta | RosterChunk | RecentRow;

/** The transaction surface used here (idb's typed transactions narrow to it). */
interface RowsStore {
  get(key: string): Promise<unknown>;
  getAll(range?: IDBKeyRange): Promise<unknown[]>;
  put(value: RosterRowsRecord): Promise<unknown>;
  delete(key: string | IDBKeyRange): Promise<unknown>;
  clear(): Promise<unknown>;
}
interface RowsTx {
  objectStore(name: 'rosterRows'): unknown;
}
const rowsStore = (tx: RowsTx) => tx.objectStore('rosterRows') as RowsStore;

function chunkOf(id: string): number {
  // FNV-1a: cheap, and spreads time-ordered ids evenly.
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % ROSTER_CHUNKS;
}

function readMeta(raw: unknown): RosterMeta | null {
  const parsed = RosterMetaSchema.safeParse(raw);
  return parsed.success && parsed.data.format === ROSTER_ROWS_FORMAT && parsed.data.chunks === ROSTER_CHUNKS ? parsed.data : null;
}

function readPacked<T extends RosterChunk | RecentRow>(schema: z.ZodType<T>, raw: unknown): { key: string; rows: RosterRow[] } {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new PackedRowsError(`a stored record: ${describeIssues(parsed.error)}`);
  return { key: parsed.data.key, rows: unpackRows(parsed.data) };
}

function recentRecord(id: string, row: RosterRow | null): RecentRow {
  return { key: RECENT_PREFIX + id, ...packRows(row ? [row] : []), count: row ? 1 : 0 };
}

/** `rows` with `changes` laid over them: a changed row replaces the one with its id, null removes it. Returns `rows` itself when nothing changed. */
function layOver(rows: RosterRow[], changes: ReadonlyMap<string, RosterRow | null>): RosterRow[] {
  if (changes.size === 0) return rows;
  const out = rows.filter((row) => !changes.has(row.id));
  for (const row of changes.values()) if (row) out.push(row);
  return out;
}

interface StoredRows {
  meta: RosterMeta;
  rows: RosterRow[];
  /** How many recent records were laid over the chunks. */
  recent: number;
}

/**
 * The rows as stored, recent rows laid over the chunks; null when the meta record
 * is missing or of another format. Throws PackedRowsError when a record is
 * unreadable or missing. Each chunk is asked for on its own and unpacked as it
 * arrives (measured no faster than one getAll, but it lets the recent records be
 * read by key range).
 */
async function readStoredRows(store: RowsStore): Promise<StoredRows | null> {
  const metaRead = store.get(META_KEY);
  const chunkReads = Array.from({ length: ROSTER_CHUNKS }, (_, chunk) => store.get(chunkKey(chunk)));
  const recentRead = store.getAll(RECENT_KEYS);
  const meta = readMeta(await metaRead);
  if (!meta) return null;
  const chunks = await Promise.all(chunkReads.map((read) => read.then((raw) => readPacked(RosterChunkSchema, raw))));
  const recent = new Map<string, RosterRow | null>();
  for (const raw of await recentRead) {
    const { key, rows } = readPacked(RecentRowSchema, raw);
    recent.set(key.slice(RECENT_PREFIX.length), rows[0] ?? null);
  }
  return {
    meta,
    rows: layOver(
      chunks.flatMap((chunk) => chunk.rows),
      recent,
    ),
    recent: recent.size,
  };
}

/** Writes a complete set of rows (a rebuild, a restore, a compaction): the chunks, then the meta record that vouches for them. */
async function writeAllRows(store: RowsStore, rows: readonly RosterRow[], corruptIds: string[]): Promise<void> {
  const groups: RosterRow[][] = Array.from({ length: ROSTER_CHUNKS }, () => []);
  for (const row of rows) (groups[chunkOf(row.id)] as RosterRow[]).push(row);
  await store.clear();
  await Promise.all(
    // Each chunk in the roster's default order: the panel's first sort then merges eight runs instead of sorting 100,000 rows.
    groups.map((group, chunk) => store.put({ key: chunkKey(chunk), ...packRows(sortRows(group, DEFAULT_SORT)) })),
  );
  const meta: RosterMeta = { key: META_KEY, format: ROSTER_ROWS_FORMAT, chunks: ROSTER_CHUNKS, recent: 0, corruptIds };
  await store.put(meta);
}

// One update at a time per transaction: two concurrent read-modify-writes of the meta record would lose one.
const queues = new WeakMap<object, Promise<void>>();

/**
 * Brings the rows in step with creators written (`written`, as stored) and deleted
 * (`deletedIds`) in `tx`, which must include the `rosterRows` store. Does nothing
 * while the rows are not built (the next reader builds them from the creators).
 */
export function updateRosterRows(tx: RowsTx, written: readonly Creator[], deletedIds: readonly string[] = []): Promise<void> {
  if (written.length === 0 && deletedIds.length === 0) return queues.get(tx) ?? Promise.resolve();
  const previous = queues.get(tx) ?? Promise.resolve();
  const next = previous.then(() => applyUpdate(rowsStore(tx), written, deletedIds));
  queues.set(
    tx,
    next.catch(() => undefined),
  );
  return next;
}

async function applyUpdate(store: RowsStore, written: readonly Creator[], deletedIds: readonly string[]): Promise<void> {
  const meta = readMeta(await store.get(META_KEY));
  if (!meta) return;
  const changes = new Map<string, RosterRow | null>();
  for (const id of deletedIds) changes.set(id, null);
  for (const creator of written) changes.set(creator.id, toRosterRow(creator));
  const corruptIds = meta.corruptIds.filter((id) => !changes.has(id));

  if (meta.recent + changes.size > MERGE_IN_WRITE_AT) {
    // A large write (an import, a sync): fold everything into the chunks here rather than leave thousands of small records.
    const stored = await readStoredRows(store);
    if (!stored) return;
    await writeAllRows(store, layOver(stored.rows, changes), corruptIds);
    return;
  }
  const writes: Promise<unknown>[] = [...changes].map(([id, row]) => store.put(recentRecord(id, row)));
  writes.push(store.put({ ...meta, recent: meta.recent + changes.size, corruptIds }));
  await Promise.all(writes);
}

/** Marks the rows as not built, in the first transaction of a pass over the whole roster. */
export async function invalidateRosterRows(tx: RowsTx): Promise<void> {
  await rowsStore(tx).delete(META_KEY);
}

/** Replaces the rows with those of `creators` (validated already), inside a restore's or a reset's transaction. */
export async function replaceRosterRows(tx: RowsTx, creators: readonly Creator[]): Promise<void> {
  await writeAllRows(rowsStore(tx), creators.map(toRosterRow), []);
}

export interface RosterRowsRead {
  rows: RosterRow[];
  /** Ids of stored creators that failed validation: they are not in `rows`. */
  corruptIds: string[];
  /** True when enough rows changed since the chunks were written that the reader should call compactRosterRows once it has painted. */
  compactionDue: boolean;
}

/**
 * Builds the rows from every creator, in one transaction (writers wait, so none
 * is missed), and stores them. Creators that fail validation are left out and named.
 */
export async function rebuildRosterRows(): Promise<RosterRowsRead> {
  const db = await openRapportDb();
  const tx = db.transaction(['creators', 'rosterRows'], 'readwrite');
  const rows: RosterRow[] = [];
  const corruptIds: string[] = [];
  let after: string | undefined;
  for (;;) {
    const raws: unknown[] = await tx.objectStore('creators').getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), 5000);
    for (const raw of raws) {
      const parsed = CreatorSchema.safeParse(raw);
      if (parsed.success) rows.push(toRosterRow(parsed.data));
      else corruptIds.push(String(idOf(raw)));
    }
    const last = idOf(raws[raws.length - 1]);
    if (raws.length < 5000 || typeof last !== 'string') break;
    after = last;
  }
  await writeAllRows(rowsStore(tx), rows, corruptIds);
  await tx.done;
  return { rows, corruptIds, compactionDue: false };
}

/** IDBIndex.getAll with options (Chromium 141+, shipped with getAllRecords; not yet in TypeScript's DOM types). */
interface IndexGetAllWithOptions {
  getAll(options: { direction: IDBCursorDirection; count: number }): IDBRequest<unknown[]>;
}
const getAllTakesOptions = () => typeof IDBIndex !== 'undefined' && 'getAllRecords' in IDBIndex.prototype;

/**
 * The rows of the `limit` creators changed last, newest first (the roster's
 * default order), read through the by-updated index: a small read the side panel
 * paints while every row loads. One request where the browser takes getAll's
 * direction, else (or past unreadable records) a cursor, measured at 40-150 ms
 * for 60 steps in Chromium.
 * Creators that fail validation are left out here; the full read names them.
 */
export async function getLatestRosterRows(limit: number): Promise<RosterRow[]> {
  const db = await openRapportDb();
  const index = db.transaction('creators').store.index('by-updated');
  const rows: RosterRow[] = [];
  const add = (raw: unknown) => {
    const parsed = CreatorSchema.safeParse(raw);
    if (parsed.success) rows.push(toRosterRow(parsed.data));
  };
  if (getAllTakesOptions()) {
    const request = (unwrap(index) as unknown as IndexGetAllWithOptions).getAll({ direction: 'prev', count: limit });
    const raws = await wrap(request);
    for (const raw of raws) add(raw);
    if (rows.length === limit || raws.length < limit) return sortRows(rows, DEFAULT_SORT);
    rows.length = 0; // some were unreadable: walk on past them
  }
  for (let cursor = await index.openCursor(null, 'prev'); cursor && rows.length < limit; cursor = await cursor.continue()) add(cursor.value);
  return sortRows(rows, DEFAULT_SORT);
}

/**
 * Every creator's roster row, read in one go (the side panel's first read). When
 * the rows are not built, or a record of them is unreadable, they are rebuilt
 * from the creators first (a cache write: no user data changes).
 */
export async function getRosterRows(): Promise<RosterRowsRead> {
  const db = await openRapportDb();
  try {
    const stored = await readStoredRows(rowsStore(db.transaction('rosterRows')));
    if (!stored) return await rebuildRosterRows();
    return { rows: stored.rows, corruptIds: stored.meta.corruptIds, compactionDue: stored.recent >= COMPACT_RECENT_AT };
  } catch (error) {
    if (error instanceof PackedRowsError) return rebuildRosterRows();
    throw error;
  }
}

/**
 * Folds the recent rows into the chunks, in one transaction (writers wait for it:
 * about a second or two at 100,000 creators, which is why a reader calls it after
 * it has painted, and only when getRosterRows says it is due). Unreadable rows
 * are left for the next reader to rebuild.
 */
export async function compactRosterRows(): Promise<void> {
  const db = await openRapportDb();
  const tx = db.transaction('rosterRows', 'readwrite');
  const store = rowsStore(tx);
  try {
    const stored = await readStoredRows(store);
    if (stored && stored.recent > 0) await writeAllRows(store, stored.rows, stored.meta.corruptIds);
  } catch (error) {
    if (!(error instanceof PackedRowsError)) throw error;
    await store.delete(META_KEY);
  }
  await tx.done;
}
