import { CreatorSchema, SettingsSchema, DEFAULT_SETTINGS, changedCadenceSegments, computeNextDueAt, type Segment, type Settings } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, fromStore } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import { toStoredCreator } from './creators';

const SETTINGS_KEY = 'settings';
/** Creators re-timed per transaction when a segment's cadence changes: short transactions keep the UI responsive. */
const RECOMPUTE_BATCH = 500;

export async function getSettings(): Promise<Settings> {
  const db = await openRapportDb();
  const raw = await db.get('settings', SETTINGS_KEY);
  return raw === undefined ? DEFAULT_SETTINGS : fromStore(SettingsSchema, 'settings', SETTINGS_KEY, raw);
}

/**
 * Saves the settings. When a segment's cadence changed, the due times of that
 * segment's creators are recomputed (creators with their own override keep theirs).
 */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = forWrite(SettingsSchema, 'settings', settings);
  const before = await getSettings();
  const db = await openRapportDb();
  await db.put('settings', valid, SETTINGS_KEY);
  publishChanges([{ store: 'settings' }]);
  const segments = changedCadenceSegments(before, valid);
  if (segments.length) await recomputeCadenceDueTimes(segments);
  return valid;
}

/**
 * Recomputes nextDueAt for the creators of some segments, through the segment
 * index, in batches of short transactions. Idempotent: running it again after an
 * interruption finishes the job. Unreadable records are left for the roster to report.
 * Returns how many creators got a new due time.
 */
export async function recomputeCadenceDueTimes(segments: readonly Segment[]): Promise<number> {
  const settings = await getSettings();
  const db = await openRapportDb();
  let changed = 0;
  for (const segment of segments) {
    const ids = await db.getAllKeysFromIndex('creators', 'by-segment', segment);
    for (let i = 0; i < ids.length; i += RECOMPUTE_BATCH) {
      const batch = ids.slice(i, i + RECOMPUTE_BATCH);
      const tx = db.transaction('creators', 'readwrite');
      const updatedIds = await allOrNothing(tx, async () => {
        const raws = await Promise.all(batch.map((id) => tx.store.get(id)));
        const writes: Promise<string>[] = [];
        raws.forEach((raw) => {
          const parsed = CreatorSchema.safeParse(raw);
          if (!parsed.success || parsed.data.segment !== segment) return;
          const creator = parsed.data;
          const due = computeNextDueAt(creator, settings);
          if (due === creator.nextDueAt) return;
          const { nextDueAt: _old, ...rest } = creator;
          writes.push(tx.store.put(toStoredCreator(due === undefined ? rest : { ...rest, nextDueAt: due })));
        });
        return Promise.all(writes);
      });
      changed += updatedIds.length;
      if (updatedIds.length) publishChanges([{ store: 'creators', ids: updatedIds }]);
    }
  }
  return changed;
}
