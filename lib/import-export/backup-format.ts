/**
 * The JSON backup format: its name and version, the header every backup
 * starts with, the stores it holds, and the outcome of reading one.
 */
import * as z from 'zod';
import type { AllData, RecordStore } from '../db/repositories/backup';

export const BACKUP_FORMAT = 'rapport-backup';
/**
 * 2: creators may carry `contact` and `customFields` (version-1 backups still restore: both are optional).
 * 3: campaigns, collaborations' `campaignId`, deliverable review steps (older statuses are read as their new
 * names), touches' qualitative `signals`; older backups restore as they are, with no campaigns.
 */
export const BACKUP_VERSION = 3;

/** The stores in the order a backup lists them. */
export const BACKUP_STORES = [
  'creators',
  'accounts',
  'interactions',
  'campaigns',
  'collaborations',
  'reminders',
  'templates',
] as const satisfies readonly RecordStore[];

/** The envelope's fields before `settings` and `data` (a backup's first line). */
export const BackupHeaderSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  dbVersion: z.number().int().min(1).optional(),
  exportedAt: z.string().optional(),
});

export interface BackupProblem {
  where: string;
  message: string;
}

export type BackupParse = { ok: true; data: AllData; exportedAt?: string } | { ok: false; problems: BackupProblem[] };

/** How many problems a refused restore lists. */
export const MAX_PROBLEMS = 20;

export function newerVersionProblem(version: number): BackupProblem {
  return { where: 'file', message: `This backup was made by a newer version of Rapport (format ${version}); update Rapport to restore it.` };
}

export const NOT_A_BACKUP: BackupProblem = { where: 'file', message: 'This is not a Rapport backup file.' };
