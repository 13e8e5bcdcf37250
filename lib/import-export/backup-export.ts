/**
 * Making a backup: every store read in chunks and serialised as it is read
 * (see BackupWriter), so only the file's text is ever held, not the records.
 */
import { DB_VERSION, scanAllData, type ProgressListener } from '../db';
import { BackupWriter, backupFileName } from './backup-file';

export interface BackupExport {
  /** The file, as Blob parts. */
  parts: string[];
  fileName: string;
  creators: number;
  interactions: number;
  /** Stored records that failed validation and were left out. */
  unreadable: number;
}

export async function exportBackup(options: { onProgress?: ProgressListener; now?: number } = {}): Promise<BackupExport> {
  const writer = new BackupWriter();
  const { settings, errors } = await scanAllData((chunk) => writer.add(chunk), { ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  const now = options.now ?? Date.now();
  return {
    parts: writer.finish(settings, { exportedAt: now, dbVersion: DB_VERSION }),
    fileName: backupFileName(now),
    creators: writer.count('creators'),
    interactions: writer.count('interactions'),
    unreadable: errors.length,
  };
}
