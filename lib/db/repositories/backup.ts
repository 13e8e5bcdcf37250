/**
 * Everything in the database at once: read for a backup, replace from a
 * restore, or delete. Each write is one transaction over every store, so a
 * restore or a delete either happens completely or not at all.
 */
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  SettingsSchema,
  TemplateSchema,
  type Account,
  type Collaboration,
  type Creator,
  type Interaction,
  type Reminder,
  type Settings,
  type Template,
} from '../../domain';
import { openRapportDb } from '../open';
import { CorruptRecordError, forWrite, fromStore, idOf, manyFromStore } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { STORE_NAMES } from '../schema';
import { toStoredCreator } from './creators';
import type { ProgressListener } from './bulk';

/** Every record of every store, as validated domain records. */
export interface AllData {
  creators: Creator[];
  accounts: Account[];
  interactions: Interaction[];
  collaborations: Collaboration[];
  reminders: Reminder[];
  templates: Template[];
  /** Absent when the user never changed a setting. */
  settings: Settings | undefined;
}

type RecordStore = Exclude<keyof AllData, 'settings'>;
const RECORD_SCHEMAS = {
  creators: CreatorSchema,
  accounts: AccountSchema,
  interactions: InteractionSchema,
  collaborations: CollaborationSchema,
  reminders: ReminderSchema,
  templates: TemplateSchema,
} as const;
export const RECORD_STORES = Object.keys(RECORD_SCHEMAS) as RecordStore[];
const SETTINGS_KEY = 'settings';
const CHUNK = 5000;

/**
 * Reads everything, a chunk at a time per store. Records that fail validation
 * are returned as errors (the caller tells the user) rather than failing the
 * whole backup.
 */
export async function readAllData(options: { onProgress?: ProgressListener } = {}): Promise<{ data: AllData; errors: CorruptRecordError[] }> {
  const db = await openRapportDb();
  const counts = await Promise.all(RECORD_STORES.map((s) => db.count(s)));
  const total = counts.reduce((a, b) => a + b, 0);
  let done = 0;
  const errors: CorruptRecordError[] = [];
  const out: Record<RecordStore, unknown[]> = { creators: [], accounts: [], interactions: [], collaborations: [], reminders: [], templates: [] };
  for (const store of RECORD_STORES) {
    let after: string | undefined;
    for (;;) {
      const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
      const raws: unknown[] = await db.getAll(store, range, CHUNK);
      if (raws.length === 0) break;
      const result = manyFromStore(RECORD_SCHEMAS[store], store, raws, idOf);
      out[store].push(...result.records);
      errors.push(...result.errors);
      done += raws.length;
      options.onProgress?.(done, total);
      const last = idOf(raws[raws.length - 1]);
      if (raws.length < CHUNK || typeof last !== 'string') break;
      after = last;
    }
  }
  const rawSettings = await db.get('settings', SETTINGS_KEY);
  let settings: Settings | undefined;
  if (rawSettings !== undefined) {
    try {
      settings = fromStore(SettingsSchema, 'settings', SETTINGS_KEY, rawSettings);
    } catch (error) {
      if (error instanceof CorruptRecordError) errors.push(error);
      else throw error;
    }
  }
  return { data: { ...(out as unknown as Omit<AllData, 'settings'>), settings }, errors };
}

/**
 * Replaces the whole database with `data` in one transaction: every store is
 * cleared and refilled, or (on any failure) left exactly as it was.
 */
export async function replaceAllData(data: AllData, options: { onProgress?: ProgressListener } = {}): Promise<void> {
  // Validate before the transaction starts: a restore never stops half way because of a bad record.
  const creators = data.creators.map(toStoredCreator);
  const records = {
    accounts: data.accounts.map((r) => forWrite(AccountSchema, 'accounts', r)),
    interactions: data.interactions.map((r) => forWrite(InteractionSchema, 'interactions', r)),
    collaborations: data.collaborations.map((r) => forWrite(CollaborationSchema, 'collaborations', r)),
    reminders: data.reminders.map((r) => forWrite(ReminderSchema, 'reminders', r)),
    templates: data.templates.map((r) => forWrite(TemplateSchema, 'templates', r)),
  };
  const settings = data.settings === undefined ? undefined : forWrite(SettingsSchema, 'settings', data.settings);
  const total = creators.length + Object.values(records).reduce((n, r) => n + r.length, 0);
  let done = 0;
  const tick = () => {
    done++;
    if (options.onProgress && (done % 1000 === 0 || done === total)) options.onProgress(done, total);
  };
  const db = await openRapportDb();
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  await allOrNothing(tx, async () => {
    await Promise.all(STORE_NAMES.map((s) => tx.objectStore(s).clear()));
    // Queue every put at once: IndexedDB runs them in order, far faster than awaiting each.
    const writes: Promise<unknown>[] = creators.map((c) => tx.objectStore('creators').add(c).then(tick));
    for (const r of records.accounts) writes.push(tx.objectStore('accounts').add(r).then(tick));
    for (const r of records.interactions) writes.push(tx.objectStore('interactions').add(r).then(tick));
    for (const r of records.collaborations) writes.push(tx.objectStore('collaborations').add(r).then(tick));
    for (const r of records.reminders) writes.push(tx.objectStore('reminders').add(r).then(tick));
    for (const r of records.templates) writes.push(tx.objectStore('templates').add(r).then(tick));
    if (settings) writes.push(tx.objectStore('settings').put(settings, SETTINGS_KEY));
    await Promise.all(writes);
  });
  publishChanges(STORE_NAMES.map((store) => ({ store })));
}

/** Deletes every record of every store (the database and its schema stay). */
export async function deleteAllData(): Promise<void> {
  const db = await openRapportDb();
  const tx = db.transaction([...STORE_NAMES], 'readwrite');
  await allOrNothing(tx, async () => {
    await Promise.all(STORE_NAMES.map((s) => tx.objectStore(s).clear()));
  });
  publishChanges(STORE_NAMES.map((store) => ({ store })));
}
