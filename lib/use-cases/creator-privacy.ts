/**
 * A person on the roster may ask what is kept about them, or that it be deleted.
 * The export is everything Rapport holds about one creator as one JSON file; the
 * delete removes their record and every record that hangs off it (accounts with
 * their follower snapshots, touches, collaborations, reminders) in one transaction.
 */
import { readCreatorRecords, type CreatorRecords } from '../db';
import { recountFromPage, type DueRecount } from './due-recount';
import { removeCreators } from './creators';

export const CREATOR_EXPORT_FORMAT = 'rapport-creator-export';

export interface CreatorExport {
  fileName: string;
  json: string;
  records: CreatorRecords;
}

export async function exportCreatorFile(creatorId: string, now = Date.now()): Promise<CreatorExport> {
  const records = await readCreatorRecords(creatorId);
  if (!records) throw new Error('This creator is no longer on the roster.');
  const json = JSON.stringify({ format: CREATOR_EXPORT_FORMAT, version: 1, exportedAt: new Date(now).toISOString(), ...records }, null, 2);
  const slug =
    records.creator.displayName
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 40) || 'creator';
  return { fileName: `rapport-${slug}-${new Date(now).toISOString().slice(0, 10)}.json`, json, records };
}

/** Deletes the creator and everything about them. Returns how many records went. */
export async function deleteCreatorEntirely(creatorId: string, recount: DueRecount = recountFromPage): Promise<number> {
  const removed = await removeCreators([creatorId], recount);
  return Object.values(removed).reduce((n, list) => n + list.length, 0);
}
