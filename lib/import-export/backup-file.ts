/**
 * Writing the JSON backup file, and reading one that is small enough to parse
 * whole. The file is written one record per line in chunks (Blob parts, never
 * one giant string), so 100,000 creators with their timelines export without
 * running out of memory, and backup-reader.ts can restore it line by line:
 *
 *   {"format":"rapport-backup","version":1,…,"counts":{…},
 *   "settings":{…},
 *   "data":{
 *   "creators":[
 *   {…},
 *   {…}
 *   ],
 *   "accounts":[
 *   …
 *   ]
 *   }}
 */
import * as z from 'zod';
import type { AllData, DataChunk, RecordStore } from '../db/repositories/backup';
import type { Settings } from '../domain';
import { BackupCollector } from './backup-check';
import {
  BACKUP_FORMAT,
  BACKUP_STORES,
  BACKUP_VERSION,
  BackupHeaderSchema,
  NOT_A_BACKUP,
  newerVersionProblem,
  type BackupParse,
  type BackupProblem,
} from './backup-format';

export { BACKUP_FORMAT, BACKUP_VERSION, type BackupParse, type BackupProblem } from './backup-format';
export { integrityProblems } from './backup-check';

/**
 * Serialises a backup chunk by chunk, as the records are read: only the
 * finished lines are kept, never the records themselves.
 */
export class BackupWriter {
  private readonly lines: Record<RecordStore, string[]> = {
    creators: [],
    accounts: [],
    interactions: [],
    collaborations: [],
    campaigns: [],
    reminders: [],
    templates: [],
  };
  private readonly counts: Record<RecordStore, number> = {
    creators: 0,
    accounts: 0,
    interactions: 0,
    collaborations: 0,
    campaigns: 0,
    reminders: 0,
    templates: 0,
  };

  /** Records written so far, per store. */
  count(store: RecordStore): number {
    return this.counts[store];
  }

  add(chunk: DataChunk): void {
    const records: readonly unknown[] = chunk.records;
    if (records.length === 0) return;
    const out = new Array<string>(records.length);
    for (let i = 0; i < records.length; i++) out[i] = JSON.stringify(records[i]);
    this.lines[chunk.store].push((this.counts[chunk.store] ? ',\n' : '\n') + out.join(',\n'));
    this.counts[chunk.store] += records.length;
  }

  /** The file as Blob parts: a header, then each store's records one per line. */
  finish(settings: Settings | undefined, meta: { exportedAt: number; dbVersion: number }): string[] {
    const header = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      dbVersion: meta.dbVersion,
      exportedAt: new Date(meta.exportedAt).toISOString(),
      counts: { ...this.counts },
    };
    const parts = [JSON.stringify(header).slice(0, -1) + ',\n"settings":' + JSON.stringify(settings ?? null) + ',\n"data":{'];
    BACKUP_STORES.forEach((store, s) => {
      parts.push(`${s ? ',' : ''}\n${JSON.stringify(store)}:[`, ...this.lines[store], '\n]');
    });
    parts.push('\n}}\n');
    return parts;
  }
}

const CHUNK = 2000;

/** The backup of data already in memory, as Blob parts (see BackupWriter). */
export function backupParts(data: AllData, meta: { exportedAt: number; dbVersion: number }): string[] {
  const writer = new BackupWriter();
  for (const store of BACKUP_STORES) {
    const records: readonly unknown[] = data[store];
    for (let i = 0; i < records.length; i += CHUNK) writer.add({ store, records: records.slice(i, i + CHUNK) } as DataChunk);
  }
  return writer.finish(data.settings, meta);
}

export function backupFileName(now: number): string {
  return `rapport-backup-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

const EnvelopeSchema = BackupHeaderSchema.extend({
  settings: z.unknown().nullable().default(null),
  data: z.object(
    Object.fromEntries(BACKUP_STORES.map((s) => [s, z.array(z.unknown()).default([])])) as Record<RecordStore, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>,
  ),
});

/**
 * Validates a backup that was parsed whole (any JSON layout). Any invalid
 * record, a missing owner for a record, or a platform handle used twice makes
 * the whole restore refuse, with the first problems listed.
 */
export function parseBackupJson(json: unknown): BackupParse {
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const isOurs = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BACKUP_FORMAT;
    return {
      ok: false,
      problems: [isOurs ? { where: 'file', message: `Damaged backup: ${z.prettifyError(envelope.error).slice(0, 300)}` } : NOT_A_BACKUP],
    };
  }
  if (envelope.data.version > BACKUP_VERSION) return { ok: false, problems: [newerVersionProblem(envelope.data.version)] };
  const collector = new BackupCollector();
  for (const store of BACKUP_STORES) for (const raw of envelope.data.data[store]) collector.record(store, raw);
  collector.settings(envelope.data.settings);
  return collector.finish(envelope.data.exportedAt);
}

/** JSON.parse, with what went wrong told the way a user can act on it. */
export function parseJsonText(text: string): { ok: true; json: unknown } | { ok: false; problem: BackupProblem } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (text.trim() === '') return { ok: false, problem: { where: 'file', message: 'This file is empty.' } };
    // V8 says "Unexpected end of JSON input", Firefox "unexpected end of data".
    if (/end of (JSON input|data)/i.test(message)) {
      return {
        ok: false,
        problem: { where: 'file', message: 'This backup file is incomplete: it ends too early. It was probably cut short while being saved or copied.' },
      };
    }
    return { ok: false, problem: { where: 'file', message: `Not a JSON file: ${message}` } };
  }
}

/** Parses and validates a whole backup file's text (see parseBackupJson). */
export function parseBackup(text: string): BackupParse {
  const json = parseJsonText(text);
  return json.ok ? parseBackupJson(json.json) : { ok: false, problems: [json.problem] };
}
