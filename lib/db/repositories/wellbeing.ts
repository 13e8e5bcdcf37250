/** What the wellbeing guard needs about one creator: recent touches and their collaborations. */
import { CollaborationSchema, InteractionSchema, askWarning, workloadFlag, type AskWarning, type WorkloadFlag } from '../../domain';
import { DAY_MS } from '../../domain/time';
import { openRapportDb } from '../open';
import { idOf, manyFromStore } from '../records';
import { getSettings } from './settings';

export interface CreatorWellbeing {
  ask: AskWarning;
  workload: WorkloadFlag;
}

/** What the wellbeing guard needs about one creator: recent touches and their collaborations. */
export async function getCreatorWellbeing(creatorId: string, now = Date.now()): Promise<CreatorWellbeing> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['interactions', 'collaborations']);
  const since = now - settings.wellbeing.windowDays * DAY_MS;
  const [touchRaws, collabRaws] = await Promise.all([
    tx
      .objectStore('interactions')
      .index('by-creator-time')
      .getAll(IDBKeyRange.bound([creatorId, since], [creatorId, now])),
    tx.objectStore('collaborations').index('by-creator').getAll(creatorId),
  ]);
  const touches = manyFromStore(InteractionSchema, 'interactions', touchRaws, idOf).records;
  const collaborations = manyFromStore(CollaborationSchema, 'collaborations', collabRaws, idOf).records;
  return { ask: askWarning(touches, settings, now), workload: workloadFlag(collaborations, settings, now) };
}
