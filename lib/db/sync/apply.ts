/**
 * Applying what the team server sent: one page of pulled records in one
 * transaction, with the new checkpoint, so a crash keeps both or neither.
 *
 * Each record is rebased: the server's merged version, then this browser's unsent
 * changes to it (from the outbox, read in the same transaction), then this
 * browser's own local fields (contact times, snoozes, health). Contact times, due
 * times and follow-up reminders of every creator the page touched are then
 * recomputed from the touches, as a local write would.
 */
import { applyMutation, type StoredDoc } from '../../team/merge';
import { STORE_RULES, type SyncedStore } from '../../team/rules';
import { RECORD_SCHEMAS } from '../../team/record-schemas';
import type { Member, SyncedRecord } from '../../team/protocol';
import { TeamStateSchema, type TeamState } from '../../team/state';
import { CollaborationSchema, withContactState, type Creator, type Interaction } from '../../domain';
import { openRapportDb } from '../open';
import { allOrNothing } from '../transaction';
import { invalidateRosterRows, updateRosterRows } from '../roster-rows';
import { creatorFromStore, toStoredAccount, toStoredCreator } from '../codecs';
import { describeIssues, forWrite } from '../records';
import { publishChanges, type DbChange } from '../changes';
import { getSettings } from '../repositories/settings';
import { creatorRange } from '../repositories/interactions';
import { syncCollaborationReminders, syncFollowUpReminder } from '../repositories/derived-reminders';

export interface PulledPage {
  records: readonly SyncedRecord[];
  checkpoint: number;
  members: readonly Member[];
  /** The first sync's progress, shown in settings; absent once caught up. */
  progress?: { done: number; total: number };
}

export interface AppliedPage {
  applied: number;
  /** Records the browser could not accept (described, never silently dropped: the server keeps them). */
  refused: string[];
}

const APPLY_STORES = ['creators', 'accounts', 'interactions', 'collaborations', 'campaigns', 'reminders', 'outbox', 'team', 'rosterRows'] as const;

/** A pending change as the merge engine sees it, made "now" so it shows over the server's version until pushed. */
const PENDING_AT = Number.MAX_SAFE_INTEGER;

/** The record's schema-valid local form, or a description of why it is not. */
function localForm(store: SyncedStore, data: Record<string, unknown>): { ok: true; value: object; creator?: Creator } | { ok: false; why: string } {
  try {
    if (store === 'creators') {
      const creator = creatorFromStoreLoose(data);
      return { ok: true, value: toStoredCreator(creator), creator };
    }
    if (store === 'accounts') return { ok: true, value: toStoredAccount(forWrite(RECORD_SCHEMAS.accounts, 'accounts', data) as never) };
    return { ok: true, value: forWrite(RECORD_SCHEMAS[store], store, data) };
  } catch (error) {
    return { ok: false, why: error instanceof Error ? error.message : String(error) };
  }
}

function creatorFromStoreLoose(data: Record<string, unknown>): Creator {
  const parsed = RECORD_SCHEMAS.creators.safeParse(data);
  if (!parsed.success) throw new Error(`Team record creators/${String(data.id)} is invalid: ${describeIssues(parsed.error)}`);
  return parsed.data as Creator;
}

/**
 * `deferDerived` (a first sync): the page is written without recomputing derived
 * fields, and the membership notes that they are pending (recomputeAllDerived).
 */
export async function applyPulledPage(page: PulledPage, now = Date.now(), options: { deferDerived?: boolean } = {}): Promise<AppliedPage> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction([...APPLY_STORES], 'readwrite');
  const refused: string[] = [];
  const touchedCreators = new Map<string, { before?: Creator; touchesBefore?: Interaction[] }>();
  let applied = 0;

  const result = await allOrNothing(tx, async () => {
    const rawTeam = await tx.objectStore('team').get('team');
    const team = TeamStateSchema.safeParse(rawTeam);
    if (!team.success) throw new Error('This browser is not in a team any more; the pulled page was not applied');

    // Reads are issued together (IndexedDB pipelines requests in a transaction; awaiting each in turn
    // would cost a round trip per request), then the page is merged in memory and written.
    const outbox = await tx.objectStore('outbox').getAll();
    const pendingByRecord = new Map<string, typeof outbox>();
    for (const entry of outbox) {
      const key = `${entry.store}/${entry.recordId}`;
      const list = pendingByRecord.get(key);
      if (list) list.push(entry);
      else pendingByRecord.set(key, [entry]);
    }
    const currents = await Promise.all(page.records.map((r) => tx.objectStore(r.store).get(r.id) as Promise<Record<string, unknown> | undefined>));
    // The creators a page affects: its creators, and the creators its touches belong to now and belonged to
    // before (a touch moved or deleted changes its old creator's contact times too).
    const creatorIds = new Set<string>();
    for (const [i, record] of (options.deferDerived ? [] : page.records).entries()) {
      if (record.store === 'creators') creatorIds.add(record.id);
      if (record.store !== 'interactions') continue;
      for (const creatorId of [record.data.creatorId, currents[i]?.creatorId]) if (typeof creatorId === 'string') creatorIds.add(creatorId);
    }
    // Each affected creator as it was, before anything of the page lands (for their follow-up reminder).
    await Promise.all(
      [...creatorIds].map(async (creatorId) => {
        const raw = await tx.objectStore('creators').get(creatorId);
        const before = raw === undefined ? undefined : creatorFromStore(creatorId, raw);
        const touchesBefore = before ? await tx.objectStore('interactions').index('by-creator-time').getAll(creatorRange(creatorId)) : undefined;
        touchedCreators.set(creatorId, { ...(before ? { before } : {}), ...(touchesBefore ? { touchesBefore } : {}) });
      }),
    );

    // The page's effect on each affected creator, kept in memory so each is written once, below.
    const creatorAfter = new Map<string, Creator | null>();
    const touchesAfter = new Map<string, Interaction[]>();
    for (const [creatorId, { touchesBefore }] of touchedCreators) touchesAfter.set(creatorId, [...(touchesBefore ?? [])]);
    // A stored touch is in its creator's list (read above): take it out there before the page's version goes in.
    const dropTouch = (stored: Record<string, unknown> | undefined) => {
      const list = typeof stored?.creatorId === 'string' ? touchesAfter.get(stored.creatorId) : undefined;
      const at = list?.findIndex((t) => t.id === stored?.id) ?? -1;
      if (at !== -1) list?.splice(at, 1);
    };

    const writes: Promise<unknown>[] = [];
    // The creators this page writes and deletes, for the roster rows.
    const rowsWritten: Creator[] = [];
    const rowsDeleted: string[] = [];
    for (const [i, record] of page.records.entries()) {
      const store = record.store;
      const rule = STORE_RULES[store];
      const objectStore = tx.objectStore(store);
      const current = currents[i];
      let doc: StoredDoc = { data: record.data, clocks: {}, deleted: record.deleted };
      for (const entry of pendingByRecord.get(`${store}/${record.id}`) ?? []) doc = applyMutation(rule, doc, entry, team.data.memberId, PENDING_AT).doc;

      if (doc.deleted) {
        if (current !== undefined) {
          writes.push(objectStore.delete(record.id));
          if (store === 'collaborations') {
            const old = CollaborationSchema.safeParse(current);
            if (old.success) writes.push(syncCollaborationReminders(tx.objectStore('reminders'), old.data, undefined, settings, now));
          }
          if (store === 'interactions') dropTouch(current);
          if (store === 'creators') {
            rowsDeleted.push(record.id);
            creatorAfter.set(record.id, null);
            const reminders = tx.objectStore('reminders');
            writes.push(
              reminders
                .index('by-creator')
                .getAllKeys(record.id)
                .then((keys) => Promise.all(keys.map((key) => reminders.delete(key)))),
            );
            touchedCreators.delete(record.id);
          }
        }
        applied++;
        continue;
      }
      // This browser's own fields (derived or personal) are kept as they are here.
      const local: Record<string, unknown> = {};
      for (const field of rule.local) if (current?.[field] !== undefined) local[field] = current[field];
      const form = localForm(store, { ...doc.data, ...local });
      if (!form.ok) {
        refused.push(`${store}/${record.id}: ${form.why}`);
        continue;
      }
      if (form.creator && touchedCreators.has(record.id)) creatorAfter.set(record.id, form.creator);
      else {
        writes.push(objectStore.put(form.value as never));
        if (form.creator) rowsWritten.push(form.creator);
      }
      if (store === 'interactions') {
        const touch = form.value as Interaction;
        dropTouch(current);
        touchesAfter.get(touch.creatorId)?.push(touch);
      }
      if (store === 'collaborations') {
        const old = CollaborationSchema.safeParse(current);
        writes.push(syncCollaborationReminders(tx.objectStore('reminders'), old.success ? old.data : undefined, form.value as never, settings, now));
      }
      applied++;
    }
    await Promise.all(writes);

    // Contact times, due times and follow-ups follow the shared touches, as after a local write.
    await Promise.all(
      [...touchedCreators].map(async ([creatorId, { before, touchesBefore }]) => {
        const creator = creatorAfter.has(creatorId) ? creatorAfter.get(creatorId) : before;
        if (!creator) return;
        const touches = (touchesAfter.get(creatorId) ?? []).sort((a, b) => a.occurredAt - b.occurredAt);
        const { creator: next } = withContactState(creator, touches, settings);
        rowsWritten.push(next);
        await Promise.all([
          tx.objectStore('creators').put(toStoredCreator(next)),
          syncFollowUpReminder(
            tx.objectStore('reminders'),
            { creator: before ?? creator, touches: touchesBefore ?? [] },
            { creator: next, touches },
            settings,
            now,
          ),
        ]);
      }),
    );

    // A first sync's pages each hold creators from all over the roster: the rows are set aside and
    // rebuilt once by the derive pass that follows (recomputeAllDerived), not repacked page after page.
    if (options.deferDerived) await invalidateRosterRows(tx);
    else await updateRosterRows(tx, rowsWritten, rowsDeleted);

    const nextTeam: TeamState = {
      ...team.data,
      checkpoint: Math.max(team.data.checkpoint, page.checkpoint),
      members: [...page.members],
      lastSyncAt: now,
    };
    delete nextTeam.lastError;
    if (options.deferDerived) nextTeam.derivedPending = true;
    if (page.progress) nextTeam.progress = page.progress;
    else delete nextTeam.progress;
    await tx.objectStore('team').put(nextTeam, 'team');
    return { applied, refused };
  });

  // The membership (checkpoint, members, last sync) is announced as settings, which the Team part watches.
  // With the ids, so open views re-read those records only (a roster of 100,000 is not re-read per page).
  const changes: DbChange[] = [{ store: 'settings' }];
  if (page.records.length > 0) {
    const idsOf = new Map<SyncedStore, Set<string>>();
    for (const r of page.records) idsOf.set(r.store, (idsOf.get(r.store) ?? new Set()).add(r.id));
    for (const creatorId of touchedCreators.keys()) idsOf.set('creators', (idsOf.get('creators') ?? new Set()).add(creatorId));
    for (const [store, ids] of idsOf) changes.push({ store, ids: [...ids] });
    changes.push({ store: 'reminders' });
  }
  publishChanges(changes);
  return result;
}
