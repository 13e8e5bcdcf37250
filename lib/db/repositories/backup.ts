/**
 * Everything in the database at once: read for a backup, replace from a
 * restore, or delete. A restore or a delete fills a fresh database in one
 * transaction and switches to it, so it happens completely or not at all.
 *
 * Sized for 100,000 creators with 1,000,000 touches: reads are bulk getAll
 * calls in key ranges, and a restore queues raw IndexedDB puts without a
 * promise per record. Every record is validated once on the way in (by the
 * restore builder as the backup is read) and once on the way out.
 */
import { unwrap } from 'idb';
import {
  AccountSchema,
  CampaignSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  SettingsSchema,
  TemplateSchema,
  type Account,
  type Campaign,
  type Collaboration,
  type Creator,
  type Interaction,
  type Reminder,
  type Settings,
  type Template,
} from '../../domain';
import { openRapportDb } from '../open';
import { CorruptRecordError, InvalidRecordError, forWrite, fromStore, idOf, manyFromStore } from '../records';
import { publishChanges } from '../changes';
import { queueBulkWrites } from '../bulk-writes';
import { replaceRosterRows } from '../roster-rows';
import { replaceDatabase } from '../database-swap';
import { STORE_NAMES } from '../schema';
import { toStoredAccount, toStoredCreator, withLinkedProfiles } from '../codecs';
import type { ProgressListener } from './bulk';

/** Every record of every store, as validated domain records. */
export interface AllData {
  creators: Creator[];
  accounts: Account[];
  interactions: Interaction[];
  collaborations: Collaboration[];
  campaigns: Campaign[];
  reminders: Reminder[];
  templates: Template[];
  /** Absent when the user never changed a setting. */
  settings: Settings | undefined;
}

export type RecordStore = Exclude<keyof AllData, 'settings'>;
const RECORD_SCHEMAS = {
  creators: CreatorSchema,
  accounts: AccountSchema,
  interactions: InteractionSchema,
  collaborations: CollaborationSchema,
  campaigns: CampaignSchema,
  reminders: ReminderSchema,
  templates: TemplateSchema,
} as const;
export const RECORD_STORES = Object.keys(RECORD_SCHEMAS) as RecordStore[];
const SETTINGS_KEY = 'settings';
/** Records per getAll: big enough that request overhead vanishes, small enough to keep progress moving. */
const READ_CHUNK = 10_000;

export interface DataChunk<S extends RecordStore = RecordStore> {
  store: S;
  records: AllData[S];
}

/**
 * Reads every store in key order, a chunk at a time, validating each record
 * once. One readonly transaction keeps the backup a consistent snapshot; the
 * next chunk is always requested before the current one is handed over, so
 * IndexedDB reads while `onChunk` validates and serialises (and the
 * transaction never goes idle). Records that fail validation come back as
 * errors (the caller tells the user) rather than failing the whole backup.
 */
export async function scanAllData(
  onChunk: (chunk: DataChunk) => void,
  options: { onProgress?: ProgressListener; chunkSize?: number } = {},
): Promise<{ settings: Settings | undefined; errors: CorruptRecordError[] }> {
  const chunkSize = options.chunkSize ?? READ_CHUNK;
  const db = await openRapportDb();
  const tx = unwrap(db.transaction([...RECORD_STORES, 'settings'], 'readonly'));
  const request = <T>(make: () => IDBRequest): Promise<T> =>
    new Promise((resolve, reject) => {
      const r = make();
      r.onsuccess = () => resolve(r.result as T);
      r.onerror = () => reject(r.error ?? new Error('IndexedDB read failed'));
    });
  // The key path is `id`, so a record's id is its key (a corrupt record's too).
  const fetchChunk = (store: RecordStore, after: unknown) =>
    request<unknown[]>(() => tx.objectStore(store).getAll(after === undefined ? undefined : IDBKeyRange.lowerBound(after, true), chunkSize));

  const rawSettings = request<unknown>(() => tx.objectStore('settings').get(SETTINGS_KEY));
  const counts = await Promise.all(RECORD_STORES.map((s) => request<number>(() => tx.objectStore(s).count())));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const errors: CorruptRecordError[] = [];
  let s = 0;
  let next: Promise<unknown[]> | null = RECORD_STORES.length ? fetchChunk(RECORD_STORES[0] as RecordStore, undefined) : null;
  while (next) {
    const store = RECORD_STORES[s] as RecordStore;
    const raws = await next;
    // Ask for the next chunk (of this store, or the first of the next one) before working on this one.
    const last = raws.length === chunkSize ? idOf(raws[raws.length - 1]) : undefined;
    if (last !== undefined) next = fetchChunk(store, last);
    else {
      s++;
      next = s < RECORD_STORES.length ? fetchChunk(RECORD_STORES[s] as RecordStore, undefined) : null;
    }
    if (raws.length === 0) continue;
    const result = manyFromStore(RECORD_SCHEMAS[store], store, raws, idOf);
    errors.push(...result.errors);
    onChunk({ store, records: result.records } as DataChunk);
    done += raws.length;
    options.onProgress?.(done, total);
  }
  let settings: Settings | undefined;
  const raw = await rawSettings;
  if (raw !== undefined) {
    try {
      settings = fromStore(SettingsSchema, 'settings', SETTINGS_KEY, raw);
    } catch (error) {
      if (error instanceof CorruptRecordError) errors.push(error);
      else throw error;
    }
  }
  return { settings, errors };
}

/** Reads everything into memory (see scanAllData). */
export async function readAllData(options: { onProgress?: ProgressListener } = {}): Promise<{ data: AllData; errors: CorruptRecordError[] }> {
  const out: Omit<AllData, 'settings'> = { creators: [], accounts: [], interactions: [], collaborations: [], campaigns: [], reminders: [], templates: [] };
  const { settings, errors } = await scanAllData((chunk) => {
    const into = out[chunk.store] as unknown[];
    for (const record of chunk.records) into.push(record);
  }, options);
  return { data: { ...out, settings }, errors };
}

// ---------------------------------------------------------------- restore

/** Data sets whose every record this module validated as it was added (see createRestoreBuilder). */
const validatedSets = new WeakSet<AllData>();

export interface RestoreBuilder {
  /** Validates one record of a backup and keeps it; returns the first problem ("path: message") when it is invalid. */
  add(store: RecordStore, raw: unknown): string | null;
  /** Validates the backup's settings; returns the first problem when they are invalid. */
  setSettings(raw: unknown): string | null;
  /** Records added so far, per store. */
  count(store: RecordStore): number;
  /** The validated data, frozen: replaceAllData writes it without validating it again. */
  finish(): AllData;
}

function firstIssue(error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] }): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.map(String).join('.') || '(record)'}: ${issue.message}` : 'invalid';
}

/**
 * Collects a restore's records, validating each one exactly once as it is
 * added, with the same schemas the write path uses (creators are kept in
 * their stored form, derived index keys included).
 */
export function createRestoreBuilder(): RestoreBuilder {
  const out: Omit<AllData, 'settings'> = { creators: [], accounts: [], interactions: [], collaborations: [], campaigns: [], reminders: [], templates: [] };
  let settings: Settings | undefined;
  let finished = false;
  return {
    add(store, raw) {
      if (finished) throw new Error('This restore is already finished');
      if (store === 'creators') {
        try {
          // toStoredCreator validates (the stored form adds derived index keys): the cast only lets it.
          out.creators.push(toStoredCreator(raw as Creator));
          return null;
        } catch (error) {
          if (!(error instanceof InvalidRecordError)) throw error;
          // Only invalid records pay for a second parse, for the first issue alone.
          const again = CreatorSchema.safeParse(raw);
          return again.success ? error.issues : firstIssue(again.error);
        }
      }
      const parsed = RECORD_SCHEMAS[store].safeParse(raw);
      if (!parsed.success) return firstIssue(parsed.error);
      // Accounts get their derived index keys, as on every other write.
      (out[store] as unknown[]).push(store === 'accounts' ? withLinkedProfiles(parsed.data as Account) : parsed.data);
      return null;
    },
    setSettings(raw) {
      const parsed = SettingsSchema.safeParse(raw);
      if (!parsed.success) return parsed.error.issues[0]?.message ?? 'invalid';
      settings = parsed.data;
      return null;
    },
    count: (store) => out[store].length,
    finish() {
      finished = true;
      for (const store of RECORD_STORES) Object.freeze(out[store]);
      const data: AllData = Object.freeze({ ...out, settings });
      validatedSets.add(data);
      return data;
    },
  };
}

/** Validates data that did not come from a restore builder (the stored form for creators). */
function validateAll(data: AllData): Omit<AllData, 'settings'> & { settings: Settings | undefined } {
  return {
    creators: data.creators.map(toStoredCreator),
    accounts: data.accounts.map(toStoredAccount),
    interactions: data.interactions.map((r) => forWrite(InteractionSchema, 'interactions', r)),
    collaborations: data.collaborations.map((r) => forWrite(CollaborationSchema, 'collaborations', r)),
    campaigns: data.campaigns.map((r) => forWrite(CampaignSchema, 'campaigns', r)),
    reminders: data.reminders.map((r) => forWrite(ReminderSchema, 'reminders', r)),
    templates: data.templates.map((r) => forWrite(TemplateSchema, 'templates', r)),
    settings: data.settings === undefined ? undefined : forWrite(SettingsSchema, 'settings', data.settings),
  };
}

/**
 * Replaces the whole database with `data`: a fresh database is filled in one
 * transaction and becomes the current one (database-swap.ts), or, on any
 * failure, nothing changes. Data from createRestoreBuilder is written as it is
 * (validated when it was read); anything else is validated first.
 */
export async function replaceAllData(data: AllData, options: { onProgress?: ProgressListener } = {}): Promise<void> {
  const records = validatedSets.has(data) ? data : validateAll(data);
  const database = await replaceDatabase(async (tx) => {
    const raw = unwrap(tx);
    queueBulkWrites(
      raw,
      RECORD_STORES.map((store) => ({ store, mode: 'add', records: records[store] })),
      options.onProgress,
    );
    if (records.settings) raw.objectStore('settings').put(records.settings, SETTINGS_KEY);
    await replaceRosterRows(tx, records.creators);
  });
  publishChanges(STORE_NAMES.map((store) => ({ store, database })));
}

/** Deletes every record of every store: the current database is replaced by an empty one. */
export async function deleteAllData(): Promise<void> {
  const database = await replaceDatabase((tx) => replaceRosterRows(tx, []));
  publishChanges(STORE_NAMES.map((store) => ({ store, database })));
}
