/**
 * The persisted roster rows: every creator's roster row (lib/roster/rows), packed
 * into SHARDS large records (lib/roster/row-codec), so the side panel reads the
 * whole roster in one request instead of validating 100,000 creator records.
 *
 * Kept in step in the same transaction as every creator write: a write updates
 * the shards its creators hash to (updateRosterRows). Passes over the whole
 * roster in several transactions invalidate the rows in their first one and
 * rebuild them at the end (invalidateRosterRows, rebuildRosterRows), so no reader
 * ever sees stale rows: without the `meta` record the rows count as absent, and
 * the next reader rebuilds them from the creators.
 */
import { z } from 'zod';
import { CreatorSchema, type Creator } from '../domain';
import { toRosterRow, type RosterRow } from '../roster/rows';
import { packRows, unpackRows, PackedRowsError } from '../roster/row-codec';
import { openRapportDb } from './open';
import { describeIssues, idOf } from './records';

/** Rows are spread over this many records by a hash of the creator id: a write rewrites one small record. */
export const ROSTER_SHARDS = 256;
/** Bumped when the row or its packing changes: older rows are rebuilt. */
export const ROSTER_ROWS_FORMAT = 1;
const META_KEY = 'meta';

const RosterMetaSchema = z.object({
  key: z.literal(META_KEY),
  format: z.number().int(),
  shards: z.number().int().positive(),
  /** Creators whose stored record failed validation when the rows were built (shown as "unreadable"). */
  corruptIds: z.array(z.string()),
});
type RosterMeta = z.infer<typeof RosterMetaSchema>;

const RosterShardSchema = z.object({
  key: z.string().startsWith('shard:'),
  count: z.number().int().nonnegative(),
  texts: z.string(),
  numbers: z.instanceof(Float64Array),
});
type RosterShard = z.infer<typeof RosterShardSchema>;

export type RosterRowsRecord = RosterMeta | RosterShard;

/** The transaction surface used here (idb's typed transactions narrow to it). */
interface RowsStore {
  get(key: string): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  put(value: RosterRowsRecord): Promise<unknown>;
  delete(key: string): Promise<unknown>;
  clear(): Promise<unknown>;
}
interface RowsTx {
  objectStore(name: 'rosterRows'): unknown;
}
const rowsStore = (tx: RowsTx) => tx.objectStore('rosterRows') as RowsStore;

function shardOf(id: string): number {
  // FNV-1a: cheap, and spreads time-ordered ids evenly.
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return (h >>> 0) % ROSTER_SHARDS;
}

const shardKey = (shard: number) => `shard:${String(shard).padStart(3, '0')}`;

function shardRecord(shard: number, rows: readonly RosterRow[]): RosterShard {
  const packed = packRows(rows);
  return { key: shardKey(shard), count: packed.count, texts: packed.texts, numbers: packed.numbers };
}

function readShard(raw: unknown): RosterRow[] {
  const parsed = RosterShardSchema.safeParse(raw);
  if (!parsed.success) throw new PackedRowsError(`a shard record: ${describeIssues(parsed.error)}`);
  return unpackRows(parsed.data);
}

function readMeta(raw: unknown): RosterMeta | null {
  const parsed = RosterMetaSchema.safeParse(raw);
  return parsed.success && parsed.data.format === ROSTER_ROWS_FORMAT && parsed.data.shards === ROSTER_SHARDS ? parsed.data : null;
}

/** Writes a complete set of rows (a rebuild, a restore): every shard, then the meta record that vouches for them. */
async function writeAllRows(store: RowsStore, rows: readonly RosterRow[], corruptIds: string[]): Promise<void> {
  const groups: RosterRow[][] = Array.from({ length: ROSTER_SHARDS }, () => []);
  for (const row of rows) (groups[shardOf(row.id)] as RosterRow[]).push(row);
  await store.clear();
  await Promise.all(groups.map((group, shard) => store.put(shardRecord(shard, group))));
  const meta: RosterMeta = { key: META_KEY, format: ROSTER_ROWS_FORMAT, shards: ROSTER_SHARDS, corruptIds };
  await store.put(meta);
}

// One update at a time per transaction: two concurrent read-modify-writes of a shard would lose one.
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
  const byShard = new Map<number, { put: Map<string, RosterRow>; gone: Set<string> }>();
  const changesIn = (id: string) => {
    const shard = shardOf(id);
    let entry = byShard.get(shard);
    if (!entry) byShard.set(shard, (entry = { put: new Map(), gone: new Set() }));
    return entry;
  };
  for (const id of deletedIds) changesIn(id).gone.add(id);
  for (const creator of written) {
    const entry = changesIn(creator.id);
    entry.gone.delete(creator.id);
    entry.put.set(creator.id, toRosterRow(creator));
  }
  const shards = [...byShard.keys()];
  const raws = await Promise.all(shards.map((shard) => store.get(shardKey(shard))));
  const writes: Promise<unknown>[] = [];
  for (const [i, shard] of shards.entries()) {
    const { put, gone } = byShard.get(shard) as { put: Map<string, RosterRow>; gone: Set<string> };
    const rows = raws[i] === undefined ? [] : readShard(raws[i]);
    const next = rows.filter((row) => !gone.has(row.id) && !put.has(row.id));
    next.push(...put.values());
    writes.push(store.put(shardRecord(shard, next)));
  }
  const touched = new Set([...deletedIds, ...written.map((c) => c.id)]);
  if (meta.corruptIds.some((id) => touched.has(id))) {
    writes.push(store.put({ ...meta, corruptIds: meta.corruptIds.filter((id) => !touched.has(id)) }));
  }
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
  return { rows, corruptIds };
}

/**
 * Every creator's roster row, read in one go (the side panel's first read). When
 * the rows are not built, or a record of them is unreadable, they are rebuilt
 * from the creators first (a cache write: no user data changes).
 */
export async function getRosterRows(): Promise<RosterRowsRead> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAll('rosterRows');
  const metaRaw = raws.find((r) => (r as { key?: unknown } | undefined)?.key === META_KEY);
  const meta = readMeta(metaRaw);
  if (!meta) return rebuildRosterRows();
  try {
    const rows: RosterRow[] = [];
    for (const raw of raws) if (raw !== metaRaw) for (const row of readShard(raw)) rows.push(row);
    return { rows, corruptIds: meta.corruptIds };
  } catch (error) {
    if (error instanceof PackedRowsError) return rebuildRosterRows();
    throw error;
  }
}
