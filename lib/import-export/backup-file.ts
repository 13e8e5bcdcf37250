/**
 * The JSON backup file: every store, with a format version. Written one record
 * per line in chunks (a Blob of parts, never one giant string) so 100,000
 * creators with their timelines export without running out of memory.
 * Restoring validates every record before anything is written.
 */
import * as z from 'zod';
import {
  AccountSchema,
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  SettingsSchema,
  TemplateSchema,
} from '../domain';
import type { AllData } from '../db/repositories/backup';

export const BACKUP_FORMAT = 'rapport-backup';
export const BACKUP_VERSION = 1;

const STORES = ['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'templates'] as const;
type RecordStore = (typeof STORES)[number];

const SCHEMAS: Record<RecordStore, z.ZodType> = {
  creators: CreatorSchema,
  accounts: AccountSchema,
  interactions: InteractionSchema,
  collaborations: CollaborationSchema,
  reminders: ReminderSchema,
  templates: TemplateSchema,
};

const CHUNK = 2000;

/** The backup as Blob parts: a header, then each store's records one per line. */
export function backupParts(data: AllData, meta: { exportedAt: number; dbVersion: number }): string[] {
  const parts: string[] = [];
  const header = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    dbVersion: meta.dbVersion,
    exportedAt: new Date(meta.exportedAt).toISOString(),
    counts: Object.fromEntries(STORES.map((s) => [s, data[s].length])),
  };
  parts.push(JSON.stringify(header).slice(0, -1) + ',\n"settings":' + JSON.stringify(data.settings ?? null) + ',\n"data":{');
  STORES.forEach((store, s) => {
    parts.push(`${s ? ',' : ''}\n${JSON.stringify(store)}:[`);
    const records = data[store];
    for (let i = 0; i < records.length; i += CHUNK) {
      const chunk = records.slice(i, i + CHUNK).map((r) => JSON.stringify(r));
      parts.push((i ? ',\n' : '\n') + chunk.join(',\n'));
    }
    parts.push('\n]');
  });
  parts.push('\n}}\n');
  return parts;
}

export function backupFileName(now: number): string {
  return `rapport-backup-${new Date(now).toISOString().slice(0, 19).replace(/[:T]/g, '-')}.json`;
}

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  dbVersion: z.number().int().min(1).optional(),
  exportedAt: z.string().optional(),
  settings: z.unknown().nullable().default(null),
  data: z.object(Object.fromEntries(STORES.map((s) => [s, z.array(z.unknown()).default([])])) as Record<RecordStore, z.ZodDefault<z.ZodArray<z.ZodUnknown>>>),
});

export interface BackupProblem {
  where: string;
  message: string;
}

export type BackupParse = { ok: true; data: AllData; exportedAt?: string } | { ok: false; problems: BackupProblem[] };

const MAX_PROBLEMS = 20;

/**
 * Parses and validates a backup file's text. Any invalid record, a missing
 * owner for a record, or a platform handle used twice makes the whole restore
 * refuse (with the first problems listed): a restore never half-applies.
 */
export function parseBackup(text: string): BackupParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, problems: [{ where: 'file', message: `Not a JSON file: ${error instanceof Error ? error.message : String(error)}` }] };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const isOurs = typeof json === 'object' && json !== null && (json as { format?: unknown }).format === BACKUP_FORMAT;
    return {
      ok: false,
      problems: [{ where: 'file', message: isOurs ? `Damaged backup: ${z.prettifyError(envelope.error).slice(0, 300)}` : 'This is not a Rapport backup file.' }],
    };
  }
  if (envelope.data.version > BACKUP_VERSION) {
    return { ok: false, problems: [{ where: 'file', message: `This backup was made by a newer version of Rapport (format ${envelope.data.version}); update Rapport to restore it.` }] };
  }
  const problems: BackupProblem[] = [];
  let unlisted = 0;
  const out: Record<RecordStore, unknown[]> = { creators: [], accounts: [], interactions: [], collaborations: [], reminders: [], templates: [] };
  for (const store of STORES) {
    envelope.data.data[store].forEach((raw, i) => {
      const parsed = SCHEMAS[store].safeParse(raw);
      if (parsed.success) out[store].push(parsed.data);
      else if (problems.length < MAX_PROBLEMS) {
        const issue = parsed.error.issues[0];
        problems.push({ where: `${store} #${i + 1}`, message: issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : 'invalid' });
      } else unlisted++;
    });
  }
  let settings: AllData['settings'];
  if (envelope.data.settings !== null) {
    const parsed = SettingsSchema.safeParse(envelope.data.settings);
    if (parsed.success) settings = parsed.data;
    else problems.push({ where: 'settings', message: parsed.error.issues[0]?.message ?? 'invalid' });
  }
  const data = { ...(out as unknown as Omit<AllData, 'settings'>), settings };
  if (unlisted) problems.push({ where: 'file', message: `…and ${unlisted} more invalid records` });
  else problems.push(...integrityProblems(data).slice(0, Math.max(0, MAX_PROBLEMS - problems.length)));
  return problems.length ? { ok: false, problems } : { ok: true, data, ...(envelope.data.exportedAt ? { exportedAt: envelope.data.exportedAt } : {}) };
}

/** Records that point at a creator who is not in the backup, duplicate ids, and handles used twice. */
export function integrityProblems(data: AllData): BackupProblem[] {
  const problems: BackupProblem[] = [];
  const creatorIds = new Set<string>();
  for (const c of data.creators) {
    if (creatorIds.has(c.id)) problems.push({ where: `creators ${c.id}`, message: 'Duplicate creator id' });
    creatorIds.add(c.id);
  }
  const handles = new Set<string>();
  for (const a of data.accounts) {
    const key = `${a.platform}/${a.handle}`;
    if (handles.has(key)) problems.push({ where: `accounts ${a.id}`, message: `${key} appears twice` });
    handles.add(key);
  }
  for (const store of ['accounts', 'interactions', 'collaborations', 'reminders'] as const) {
    for (const r of data[store]) {
      if (!creatorIds.has(r.creatorId)) problems.push({ where: `${store} ${r.id}`, message: `Belongs to creator ${r.creatorId}, who is not in the backup` });
    }
  }
  return problems.slice(0, MAX_PROBLEMS);
}
