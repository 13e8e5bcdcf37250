/**
 * What the benchmark runs inside the extension's origin (bundled into bench.js by
 * entrypoints/bench, which exists only in bench builds). Seeding and the bare
 * baseline write use raw IndexedDB on lib/db's own connection on purpose: they are
 * the benchmark's instruments, not product code, and must not share the costs
 * they are compared against. Product functions (lookups, the scan message) are
 * called exactly as the product calls them.
 */
import { deleteDB, unwrap } from 'idb';
import { openDatabaseNamed } from '../../lib/db/open';
import { DB_VERSION, deleteAllData, rebuildRosterRows, findCreatorByAccount, openRapportDb, publishChanges, replaceAllData, scanAllData, subscribeToChanges, toStoredCreator, whenRetiredDatabasesDeleted, type AllData } from '../../lib/db';
import { integrityProblems } from '../../lib/import-export/backup-check';
import { BackupWriter } from '../../lib/import-export/backup-file';
import { readBackupFile } from '../../lib/import-export/backup-reader';
import { forEachLine } from '../../lib/import-export/text-lines';
import { sendToBackground } from '../../lib/messaging/background-client';
import type { PlatformId } from '../../lib/platforms/types';
import { blockCount, generateBlock, type RosterBlock, type RosterSpec } from './generator';

export const RECORD_STORES = ['creators', 'accounts', 'interactions', 'collaborations', 'reminders'] as const;
export type RecordStore = (typeof RECORD_STORES)[number];
export type StoreCounts = Record<RecordStore, number>;

export interface SeedReport {
  counts: StoreCounts;
  /** Wall time of the whole seed (generation overlaps the previous block's commit). */
  totalMs: number;
  /** Of which generating and validating records in JS. */
  generateMs: number;
}

/** Where the time of a backup round trip goes, in ms (see backupPhases). */
export interface BackupPhases {
  /** Export: reading and validating every record (IndexedDB getAll chunks), serialisation excluded. */
  exportReadMs: number;
  /** Export: JSON.stringify of every record into the file's lines. */
  exportSerialiseMs: number;
  /** Export: new Blob(parts) (the download itself is timed by the runner). */
  exportBlobMs: number;
  fileBytes: number;
  /** Restore: reading the file as a stream, decoding and splitting it into lines, nothing more. */
  restoreReadMs: number;
  /** Restore: the same, plus JSON.parse of every record line. */
  restoreReadParseMs: number;
  /** Restore: readBackupFile as the panel runs it: read, parse, validate, integrity. */
  restoreReadBackupMs: number;
  /** Restore: the integrity checks alone (part of readBackupFile). */
  restoreIntegrityMs: number;
  /** Restore: replaceAllData, the one all-or-nothing transaction. */
  restoreWriteMs: number;
  /** The same records through one bare readwrite transaction of raw puts (the floor for the write). */
  bareWriteMs: number;
  records: number;
}

/** Restore writes against their floor, in ms per round (see restoreWrites). */
export interface RestoreWrites {
  /** replaceAllData into empty stores. */
  restore: number[];
  /** A bare write of the same records into empty stores (restore_write_floor_ms). */
  floor: number[];
  /** replaceAllData over the same records already stored. */
  overExisting: number[];
  /** After the restore over them: the old database's deletion, which runs in the background once the restore is done (not part of it). */
  oldDatabaseDeleted: number[];
  /** A read of the restored roster (its creator count) started as soon as the restore is done, while the old database is being deleted. */
  readWhileDeleting: number[];
  records: number;
}

export interface BenchApi {
  seed(spec: RosterSpec): Promise<SeedReport>;
  clear(): Promise<void>;
  counts(): Promise<StoreCounts>;
  /** Times findCreatorByAccount for each key; `found` counts the hits. */
  lookups(keys: [PlatformId, string][]): Promise<{ times: number[]; found: number }>;
  /** Keeps every record of these stores in memory, for writeSnapshot. */
  snapshot(stores: RecordStore[]): Promise<number>;
  /** One bare readwrite transaction putting the snapshot back; resolves with its duration in ms. */
  writeSnapshot(): Promise<number>;
  /** Resolves once the stores hold these counts (checked on every change broadcast, and every 2 s). */
  waitForCounts(expected: Partial<StoreCounts>, timeoutMs: number): Promise<{ counts: StoreCounts; at: number }>;
  /** Round trip of the worker's reminders:refresh (the cadence scan) from an extension page. */
  reminderScan(): Promise<{ ms: number; due: number }>;
  /**
   * Times each phase of a backup round trip with the product's own functions, on the
   * current database (which ends up holding the same data again).
   */
  backupPhases(): Promise<BackupPhases>;
  /**
   * Exports the current database once, then per round times, back to back and in
   * alternating order, a restore into empty stores and the bare write of the same
   * records (its floor), then a restore over the records just written.
   */
  restoreWrites(rounds: number): Promise<RestoreWrites>;
  /** Resolves when this browser's IndexedDB holds the touch (polled every 5 ms), with the time it was seen. */
  waitForTouch(id: string, timeoutMs: number): Promise<number>;
}

async function rawDb(): Promise<IDBDatabase> {
  return unwrap(await openRapportDb());
}

function completion(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function queueBlock(db: IDBDatabase, block: RosterBlock): Promise<void> {
  const tx = db.transaction(['creators', 'accounts', 'interactions', 'collaborations'], 'readwrite', { durability: 'relaxed' });
  const done = completion(tx);
  // toStoredCreator: the stored form carries derived index keys that product queries rely on.
  for (const c of block.creators) tx.objectStore('creators').put(toStoredCreator(c));
  for (const a of block.accounts) tx.objectStore('accounts').put(a);
  for (const i of block.interactions) tx.objectStore('interactions').put(i);
  for (const c of block.collaborations) tx.objectStore('collaborations').put(c);
  return done;
}

async function counts(stores: readonly RecordStore[] = RECORD_STORES): Promise<StoreCounts> {
  const db = await openRapportDb();
  const values = await Promise.all(stores.map((s) => db.count(s)));
  const out: StoreCounts = { creators: 0, accounts: 0, interactions: 0, collaborations: 0, reminders: 0 };
  stores.forEach((s, i) => (out[s] = values[i] ?? 0));
  return out;
}

const DATA_STORES = ['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'templates'] as const;

/** The export as exportBackup does it, with the serialisation timed apart (its own scope, so the lines can be collected). */
async function timedExport(): Promise<{ file: Blob; exportReadMs: number; exportSerialiseMs: number; exportBlobMs: number }> {
  const writer = new BackupWriter();
  let serialise = 0;
  let t = performance.now();
  const { settings } = await scanAllData((chunk) => {
    const s = performance.now();
    writer.add(chunk);
    serialise += performance.now() - s;
  });
  const exportReadMs = performance.now() - t - serialise;
  t = performance.now();
  const file = new Blob(writer.finish(settings, { exportedAt: Date.now(), dbVersion: DB_VERSION }), { type: 'application/json' });
  return { file, exportReadMs, exportSerialiseMs: serialise, exportBlobMs: performance.now() - t };
}

/** Puts in flight at once in bareWrite, as replaceAllData's waves (Chromium stalled with 1.3 million queued at once). */
const BARE_WAVE = 20_000;

/** The floor's own database: the restore writes into a fresh database, so its floor does too. */
const FLOOR_DB = 'bench-floor';

/**
 * Like writeSnapshot: one bare readwrite transaction of raw puts, no validation, no
 * progress; but queued in waves, two in flight, as replaceAllData does: queueing all
 * 1.3 million puts at once never completed in Chromium 156. Into a fresh database
 * with Rapport's schema and the restore's durability, as the restore's write; it is
 * deleted afterwards, untimed.
 */
async function bareWrite(data: AllData): Promise<number> {
  const { db: wrapped } = await openDatabaseNamed(FLOOR_DB);
  const db = unwrap(wrapped);
  try {
    return await timedBareWrite(db, data);
  } finally {
    db.close();
    await deleteDB(FLOOR_DB);
  }
}

async function timedBareWrite(db: IDBDatabase, data: AllData): Promise<number> {
  const started = performance.now();
  const tx = db.transaction([...DATA_STORES], 'readwrite', { durability: 'strict' });
  const done = completion(tx);
  const all = DATA_STORES.map((store) => [tx.objectStore(store), data[store] as readonly unknown[]] as const);
  let s = 0;
  let i = 0;
  const wave = () => {
    let last: IDBRequest | undefined;
    for (let n = 0; n < BARE_WAVE && s < all.length; ) {
      const [os, records] = all[s]!;
      for (; i < records.length && n < BARE_WAVE; i++, n++) last = os.put(records[i]);
      if (i >= records.length) {
        s++;
        i = 0;
      }
    }
    if (last && s < all.length) last.onsuccess = wave;
  };
  wave();
  wave();
  await done;
  return performance.now() - started;
}

/** Empties the database (untimed), so each timed write starts from an empty one: the product's "delete everything", then the old database's deletion. */
async function clearData(): Promise<void> {
  await deleteAllData();
  await whenRetiredDatabasesDeleted();
}

async function waitForOneRapportDatabase(timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const names = (await indexedDB.databases()).flatMap((info) => (info.name?.startsWith('rapport') ? [info.name] : []));
    if (names.length <= 1) return;
    if (Date.now() > deadline) throw new Error(`Rapport databases still there after ${timeoutMs / 1000} s: ${names.join(', ')} (is something holding the old one open?)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export function createBenchApi(): BenchApi {
  let snapshot: Map<RecordStore, unknown[]> = new Map();
  return {
    async waitForTouch(id, timeoutMs) {
      const db = await rawDb();
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = await new Promise<boolean>((resolve, reject) => {
          const request = db.transaction('interactions').objectStore('interactions').count(id);
          request.onsuccess = () => resolve(request.result > 0);
          request.onerror = () => reject(request.error ?? new Error('count failed'));
        });
        if (found) return Date.now();
        if (Date.now() > deadline) throw new Error(`Touch ${id} did not arrive within ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    },
    async seed(spec) {
      const db = await rawDb();
      const started = performance.now();
      let generateMs = 0;
      let pending: Promise<void> | null = null;
      for (let b = 0; b < blockCount(spec); b++) {
        const g = performance.now();
        const block = generateBlock(spec, b);
        generateMs += performance.now() - g;
        // Generate the next block while the previous one commits.
        if (pending) await pending;
        pending = queueBlock(db, block);
      }
      if (pending) await pending;
      const totalMs = performance.now() - started;
      // Raw puts skip lib/db: bring the persisted roster rows in step, as lib/db's writes keep them (untimed).
      await rebuildRosterRows();
      publishChanges(RECORD_STORES.map((store) => ({ store })));
      return { counts: await counts(), totalMs, generateMs };
    },
    async clear() {
      const db = await rawDb();
      const tx = db.transaction([...RECORD_STORES], 'readwrite');
      const done = completion(tx);
      for (const s of RECORD_STORES) tx.objectStore(s).clear();
      await done;
      await rebuildRosterRows();
      publishChanges(RECORD_STORES.map((store) => ({ store })));
    },
    counts: () => counts(),
    async lookups(keys) {
      const times: number[] = [];
      let found = 0;
      for (const [platform, handle] of keys) {
        const t = performance.now();
        const hit = await findCreatorByAccount(platform, handle);
        times.push(performance.now() - t);
        if (hit) found++;
      }
      return { times, found };
    },
    async snapshot(stores) {
      const db = await rawDb();
      snapshot = new Map();
      let total = 0;
      for (const store of stores) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error ?? new Error('getAll failed'));
        });
        snapshot.set(store, all);
        total += all.length;
      }
      return total;
    },
    async writeSnapshot() {
      if (snapshot.size === 0) throw new Error('Nothing in the snapshot: call snapshot() first');
      const db = await rawDb();
      const started = performance.now();
      // Like the import: one readwrite transaction over the stores, every put queued at once.
      const tx = db.transaction([...snapshot.keys()], 'readwrite');
      const done = completion(tx);
      for (const [store, records] of snapshot) {
        const os = tx.objectStore(store);
        for (const r of records) os.put(r);
      }
      await done;
      const ms = performance.now() - started;
      await rebuildRosterRows();
      return ms;
    },
    waitForCounts(expected, timeoutMs) {
      const stores = Object.keys(expected) as RecordStore[];
      return new Promise((resolve, reject) => {
        let checking = false;
        let again = false;
        let settled = false;
        const finish = (outcome: { counts: StoreCounts; at: number } | Error) => {
          if (settled) return;
          settled = true;
          unsubscribe();
          clearInterval(poll);
          clearTimeout(timer);
          if (outcome instanceof Error) reject(outcome);
          else resolve(outcome);
        };
        // The time is taken when the committed counts are seen, never when the check started:
        // a count issued during a write waits for that write's commit, so its start time would flatter the product.
        const check = async () => {
          if (settled) return;
          if (checking) {
            again = true;
            return;
          }
          checking = true;
          try {
            const now = await counts(stores);
            // Wall clock, comparable with the runner's Date.now().
            const at = performance.timeOrigin + performance.now();
            if (stores.every((s) => now[s] === expected[s])) finish({ counts: now, at });
          } finally {
            checking = false;
          }
          if (again) {
            again = false;
            void check();
          }
        };
        const unsubscribe = subscribeToChanges(() => void check());
        const poll = setInterval(() => void check(), 1000);
        const timer = setTimeout(() => {
          void counts().then((now) =>
            finish(new Error(`Timed out after ${timeoutMs} ms waiting for ${JSON.stringify(expected)}; stores hold ${JSON.stringify(now)}`)),
          );
        }, timeoutMs);
        void check();
      });
    },
    async reminderScan() {
      const t = performance.now();
      const response = await sendToBackground('reminders:refresh', {});
      return { ms: performance.now() - t, due: response.due };
    },
    async restoreWrites(rounds) {
      // A restore made through the panel just before deletes the database it replaced from the panel: wait for it to be gone.
      await waitForOneRapportDatabase(10 * 60_000);
      const { file } = await timedExport();
      const read = await readBackupFile(file);
      if (!read.ok) throw new Error(`The backup did not read back: ${JSON.stringify(read.problems.slice(0, 3))}`);
      const out: RestoreWrites = { restore: [], floor: [], overExisting: [], oldDatabaseDeleted: [], readWhileDeleting: [], records: DATA_STORES.reduce((n, s) => n + read.data[s].length, 0) };
      const timed = async (write: () => Promise<unknown>) => {
        const t = performance.now();
        await write();
        return performance.now() - t;
      };
      const restoreIntoEmpty = async () => {
        await clearData();
        out.restore.push(await timed(() => replaceAllData(read.data)));
        // The replaced (empty) database is deleted in the background: let it finish before the next timed write.
        await whenRetiredDatabasesDeleted();
      };
      // The floor writes into a fresh database of its own, as the restore does: the restored data stays where it is.
      const floorIntoEmpty = async () => {
        out.floor.push(await bareWrite(read.data));
      };
      for (let i = 0; i < rounds; i++) {
        // Alternate which goes first; either leaves the same records stored for the restore over them.
        if (i % 2 === 0) {
          await restoreIntoEmpty();
          await floorIntoEmpty();
        } else {
          await floorIntoEmpty();
          await restoreIntoEmpty();
        }
        out.overExisting.push(await timed(() => replaceAllData(read.data)));
        const deletion = timed(() => whenRetiredDatabasesDeleted());
        out.readWhileDeleting.push(await timed(() => counts(['creators'])));
        out.oldDatabaseDeleted.push(await deletion);
      }
      publishChanges(RECORD_STORES.map((store) => ({ store })));
      return out;
    },
    async backupPhases() {
      const now = () => performance.now();
      const { file, exportReadMs, exportSerialiseMs, exportBlobMs } = await timedExport();
      // Restore from that Blob (a File is a Blob), one layer more each time.
      let t = now();
      await forEachLine(file.stream(), () => undefined);
      const restoreReadMs = now() - t;
      t = now();
      await forEachLine(file.stream(), (line, n) => {
        if (n > 1 && line.startsWith('{')) JSON.parse(line.endsWith(',') ? line.slice(0, -1) : line);
      });
      const restoreReadParseMs = now() - t;
      t = now();
      const result = await readBackupFile(file);
      const restoreReadBackupMs = now() - t;
      if (!result.ok) throw new Error(`The backup did not read back: ${JSON.stringify(result.problems.slice(0, 3))}`);
      t = now();
      integrityProblems(result.data);
      const restoreIntegrityMs = now() - t;
      await clearData();
      t = now();
      await replaceAllData(result.data);
      const restoreWriteMs = now() - t;
      await whenRetiredDatabasesDeleted();
      // Into a database of its own: the restored data stays where it is.
      const bareWriteMs = await bareWrite(result.data);
      publishChanges(RECORD_STORES.map((store) => ({ store })));
      return {
        exportReadMs,
        exportSerialiseMs,
        exportBlobMs,
        fileBytes: file.size,
        restoreReadMs,
        restoreReadParseMs,
        restoreReadBackupMs,
        restoreIntegrityMs,
        restoreWriteMs,
        bareWriteMs,
        records: DATA_STORES.reduce((n, s) => n + result.data[s].length, 0),
      };
    },
  };
}
