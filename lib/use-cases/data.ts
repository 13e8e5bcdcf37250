/**
 * The user's data as files: the JSON backup (export, read, restore), the CSV
 * of creators, and deleting everything. A restore is all or nothing.
 */
import { deleteAllData, getTeamState, replaceAllData, scanCreators, type AllData, type ProgressListener } from '../db';
import type { Creator } from '../domain';
import { exportBackup, type BackupExport } from '../import-export/backup-export';
import type { BackupParse } from '../import-export/backup-file';
import { readBackupFile, type BackupSource } from '../import-export/backup-reader';
import { creatorsToCsv } from '../import-export/csv-export';
import { recountFromPage, type DueRecount } from './due-recount';

export function exportBackupFile(onProgress?: ProgressListener): Promise<BackupExport> {
  return exportBackup(onProgress ? { onProgress } : {});
}

/** Every creator as CSV text (safe to open in a spreadsheet), with the count. */
export async function exportCreatorsCsv(onProgress?: ProgressListener): Promise<{ csv: string; count: number; fileName: string }> {
  const creators: Creator[] = [];
  await scanCreators({
    chunkSize: 5000,
    onChunk: (chunk, p) => {
      creators.push(...chunk.records);
      onProgress?.(p.loaded, p.total);
    },
  });
  return { csv: creatorsToCsv(creators), count: creators.length, fileName: `rapport-creators-${new Date().toISOString().slice(0, 10)}.csv` };
}

/** Reads and checks a backup file (streamed: a large backup is bigger than any one string can be). Writes nothing. */
export function readBackup(file: BackupSource, onProgress?: ProgressListener): Promise<BackupParse> {
  return readBackupFile(file, onProgress ? { onProgress } : {});
}

/** Replaces everything with a checked backup's data, in one transaction. */
export async function restoreBackup(data: AllData, onProgress?: ProgressListener, recount: DueRecount = recountFromPage): Promise<void> {
  await refuseInTeam('restore a backup');
  await replaceAllData(data, onProgress ? { onProgress } : {});
  await recount();
}

export async function deleteEverything(recount: DueRecount = recountFromPage): Promise<void> {
  await refuseInTeam('delete everything');
  await deleteAllData();
  await recount();
}

/** Replacing or wiping the roster wholesale would bypass the team's change log: only solo rosters allow it. */
async function refuseInTeam(action: string): Promise<void> {
  const team = await getTeamState();
  if (team)
    throw new Error(
      `You are in the team "${team.teamName}": leave it in settings to ${action} (the team's roster is shared, and this would change it on this browser only).`,
    );
}
