/**
 * Reminders: the materialised reminder records (follow-ups, deliverables, end
 * dates, renewals, custom ones) kept in step with their sources, and the due
 * list that merges them with the contact cadence (creators.nextDueAt).
 *
 * Everything due is found through the due-time indexes with an upper bound of
 * "now", so the work grows with what is due, not with the roster. "Done" and
 * "dismiss" delete a reminder record (it is only re-opened if its source date
 * changes), so the index never fills up with finished reminders.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import {
  CollaborationSchema,
  CreatorSchema,
  InteractionSchema,
  ReminderSchema,
  collaborationReminders,
  diffDerivedReminders,
  dueState,
  followUpReminder,
  isReminderDue,
  isReminderRelevantFor,
  reminderShowsAt,
  touchForDone,
  askWarning,
  workloadFlag,
  type AskWarning,
  type Collaboration,
  type Creator,
  type DerivedReminder,
  type Interaction,
  type Reminder,
  type ReminderKind,
  type Settings,
  type WorkloadFlag,
} from '../../domain';
import { openRapportDb } from '../open';
import { CorruptRecordError, forWrite, fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { publishChanges } from '../changes';
import { allOrNothing } from '../transaction';
import type { RapportDB } from '../schema';
import { creatorRecordRepository } from './records-by-creator';
import { getSettings } from './settings';
import { updateCreators } from './creators';
import { listInteractions, logInteraction } from './interactions';

const DAY_MS = 86_400_000;

export const reminders = creatorRecordRepository('reminders', ReminderSchema);

/** Reminders due by `until`, read through the due-time index (cost grows with what is due, not the roster). */
export async function listRemindersDueBy(until: number): Promise<ReadResult<Reminder>> {
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('reminders', 'by-due', IDBKeyRange.upperBound(until));
  return manyFromStore(ReminderSchema, 'reminders', raws, idOf);
}

// ---------------------------------------------------------------------------
// Keeping derived reminders in step with their sources (called inside the
// source's write transaction, so a reminder never disagrees with its source).

type RemindersStore<Tx extends ArrayLike<StoreNames<RapportDB>>> = IDBPObjectStore<RapportDB, Tx, 'reminders', 'readwrite'>;

/** Applies the diff between what a source implied before and after a write. Returns true if anything changed. */
export async function applyDerivedReminders<Tx extends ArrayLike<StoreNames<RapportDB>>>(
  store: RemindersStore<Tx>,
  before: readonly DerivedReminder[],
  after: readonly DerivedReminder[],
  now: number,
): Promise<boolean> {
  const diff = diffDerivedReminders(before, after);
  for (const r of diff.open) {
    const existing = await store.get(r.id);
    await store.put(
      forWrite(ReminderSchema, 'reminders', {
        id: r.id,
        creatorId: r.creatorId,
        kind: r.kind,
        title: r.title,
        dueAt: r.dueAt,
        status: 'open',
        sourceId: r.sourceId,
        createdAt: existing?.createdAt ?? now,
        updatedAt: now,
      }),
    );
  }
  for (const r of diff.retitle) {
    const existing = await store.get(r.id);
    if (existing) await store.put(forWrite(ReminderSchema, 'reminders', { ...existing, title: r.title, updatedAt: now }));
  }
  for (const id of diff.remove) await store.delete(id);
  return diff.open.length + diff.retitle.length + diff.remove.length > 0;
}

type FollowUpCreator = Pick<Creator, 'id' | 'stage' | 'preferences' | 'outreachStatus'>;
type Touch = Pick<Interaction, 'id' | 'direction' | 'kind' | 'occurredAt'>;

/** Keeps a creator's follow-up reminder in step with a change to their touches. */
export function syncFollowUpReminder<Tx extends ArrayLike<StoreNames<RapportDB>>>(
  store: RemindersStore<Tx>,
  before: { creator: FollowUpCreator; touches: readonly Touch[] },
  after: { creator: FollowUpCreator; touches: readonly Touch[] },
  settings: Settings,
  now: number,
): Promise<boolean> {
  const was = followUpReminder(before.creator, before.touches, settings);
  const is = followUpReminder(after.creator, after.touches, settings);
  return applyDerivedReminders(store, was ? [was] : [], is ? [is] : [], now);
}

/** Keeps a collaboration's reminders in step with a write (undefined = created / deleted). */
export function syncCollaborationReminders<Tx extends ArrayLike<StoreNames<RapportDB>>>(
  store: RemindersStore<Tx>,
  before: Collaboration | undefined,
  after: Collaboration | undefined,
  settings: Settings,
  now: number,
): Promise<boolean> {
  return applyDerivedReminders(
    store,
    before ? collaborationReminders(before, settings, now) : [],
    after ? collaborationReminders(after, settings, now) : [],
    now,
  );
}

// ---------------------------------------------------------------------------
// The due list.

/** One due item: a creator due for a light-touch contact, or a reminder record. */
export type DueRef = { type: 'cadence'; creatorId: string } | { type: 'reminder'; reminderId: string };

export interface DueItem {
  ref: DueRef;
  kind: ReminderKind;
  creatorId: string;
  creatorName: string;
  title: string;
  /** When it became due (after any snooze). */
  dueAt: number;
  /** Cadence only: past the maximum interval since the last touch. */
  overdue: boolean;
}

function cadenceItem(creator: Creator, settings: Settings, now: number): DueItem {
  const overdue = dueState(creator, settings, now) === 'overdue';
  return {
    ref: { type: 'cadence', creatorId: creator.id },
    kind: 'cadence',
    creatorId: creator.id,
    creatorName: creator.displayName,
    title: creator.lastContactAt === undefined ? 'First check-in' : overdue ? 'Check in (overdue)' : 'Check in',
    dueAt: creator.nextDueAt ?? now,
    overdue,
  };
}

/** Due reminder records with their creators, dropping follow-ups for creators who may not be contacted. */
async function dueReminderItems(now: number): Promise<ReadResult<DueItem>> {
  const db = await openRapportDb();
  const tx = db.transaction(['reminders', 'creators']);
  const raws: unknown[] = await tx.objectStore('reminders').index('by-due').getAll(IDBKeyRange.upperBound(now));
  const { records, errors } = manyFromStore(ReminderSchema, 'reminders', raws, idOf);
  const due = records.filter((r) => isReminderDue(r, now));
  const creatorIds = [...new Set(due.map((r) => r.creatorId))];
  const creators = new Map<string, Creator>();
  await Promise.all(
    creatorIds.map(async (id) => {
      const raw = await tx.objectStore('creators').get(id);
      if (raw === undefined) return;
      try {
        creators.set(id, fromStore(CreatorSchema, 'creators', id, raw));
      } catch (error) {
        if (error instanceof CorruptRecordError) errors.push(error);
        else throw error;
      }
    }),
  );
  const items: DueItem[] = [];
  for (const r of due) {
    const creator = creators.get(r.creatorId);
    if (!creator || !isReminderRelevantFor(r, creator)) continue;
    items.push({
      ref: { type: 'reminder', reminderId: r.id },
      kind: r.kind,
      creatorId: r.creatorId,
      creatorName: creator.displayName,
      title: r.title,
      dueAt: reminderShowsAt(r) ?? r.dueAt,
      overdue: false,
    });
  }
  return { records: items, errors };
}

/** Everything due at `now`, oldest first: creators due for contact and due reminders. */
export async function listDueItems(now: number, options: { limit?: number } = {}): Promise<ReadResult<DueItem>> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const raws: unknown[] = await db.getAllFromIndex('creators', 'by-next-due', IDBKeyRange.upperBound(now), options.limit);
  const creators = manyFromStore(CreatorSchema, 'creators', raws, idOf);
  const reminderItems = await dueReminderItems(now);
  const records = [...creators.records.map((c) => cadenceItem(c, settings, now)), ...reminderItems.records].sort(
    (a, b) => a.dueAt - b.dueAt,
  );
  return {
    records: options.limit === undefined ? records : records.slice(0, options.limit),
    errors: [...creators.errors, ...reminderItems.errors],
  };
}

export interface DueSummary {
  /** Everything due now: the badge number. */
  total: number;
  byKind: Partial<Record<ReminderKind, number>>;
  /** Items that became due after `since` (the last digest): what a new digest is about. */
  newCount: number;
  /** A few of the new items, newest first, for the digest text. */
  newSample: Pick<DueItem, 'kind' | 'creatorName' | 'title'>[];
  errors: CorruptRecordError[];
}

const SAMPLE_SIZE = 3;

/**
 * The scan's read: counts due creators through the index (no records read), and
 * reads only the few newly due ones it names plus the due reminder records.
 */
export async function summariseDue(now: number, since: number): Promise<DueSummary> {
  const db = await openRapportDb();
  const cadence = await db.countFromIndex('creators', 'by-next-due', IDBKeyRange.upperBound(now));
  const hasNew = since < now;
  const newRange = hasNew ? IDBKeyRange.bound(since, now, true, false) : null;
  const cadenceNew = newRange ? await db.countFromIndex('creators', 'by-next-due', newRange) : 0;
  const newestCadence = newRange && cadenceNew > 0 ? await newestDueCreators(newRange) : { records: [], errors: [] };
  const reminderItems = await dueReminderItems(now);

  const byKind: Partial<Record<ReminderKind, number>> = {};
  if (cadence > 0) byKind.cadence = cadence;
  for (const item of reminderItems.records) byKind[item.kind] = (byKind[item.kind] ?? 0) + 1;
  const newReminders = reminderItems.records.filter((r) => r.dueAt > since).sort((a, b) => b.dueAt - a.dueAt);
  const newSample = [
    ...newestCadence.records.map((c) => ({ kind: 'cadence' as const, creatorName: c.displayName, title: 'Check in' })),
    ...newReminders.map(({ kind, creatorName, title }) => ({ kind, creatorName, title })),
  ].slice(0, SAMPLE_SIZE);
  return {
    total: cadence + reminderItems.records.length,
    byKind,
    newCount: cadenceNew + newReminders.length,
    newSample,
    errors: [...newestCadence.errors, ...reminderItems.errors],
  };
}

async function newestDueCreators(range: IDBKeyRange): Promise<ReadResult<Creator>> {
  const db = await openRapportDb();
  const index = db.transaction('creators').store.index('by-next-due');
  const raws: unknown[] = [];
  let cursor = await index.openCursor(range, 'prev');
  while (cursor && raws.length < SAMPLE_SIZE) {
    raws.push(cursor.value);
    cursor = await cursor.continue();
  }
  return manyFromStore(CreatorSchema, 'creators', raws, idOf);
}

// ---------------------------------------------------------------------------
// Acting on due items.

/** Snoozes due items until `until`: a creator's cadence through creator.snoozedUntil, reminders per record. */
export async function snoozeDueItems(refs: readonly DueRef[], until: number, now = Date.now()): Promise<void> {
  const creatorIds = refs.flatMap((r) => (r.type === 'cadence' ? [r.creatorId] : []));
  const reminderIds = refs.flatMap((r) => (r.type === 'reminder' ? [r.reminderId] : []));
  if (creatorIds.length) await updateCreators(creatorIds, { snoozedUntil: until }, now);
  if (!reminderIds.length) return;
  const db = await openRapportDb();
  const tx = db.transaction('reminders', 'readwrite');
  await allOrNothing(tx, async () => {
    for (const id of reminderIds) {
      const raw = await tx.store.get(id);
      if (raw === undefined) continue;
      const current = fromStore(ReminderSchema, 'reminders', id, raw);
      await tx.store.put(forWrite(ReminderSchema, 'reminders', { ...current, status: 'snoozed', snoozedUntil: until, updatedAt: now }));
    }
  });
  publishChanges([{ store: 'reminders', ids: reminderIds }]);
}

export interface DoneResult {
  /** The touch logged for a contact reminder (cadence, follow-up), which resets its clock. */
  loggedTouchId?: string;
}

/**
 * Marks a due item done. Contact reminders (cadence, follow-up) log the touch
 * they asked for, which moves the due time on; other reminders are removed.
 */
export async function completeDueItem(ref: DueRef, now = Date.now()): Promise<DoneResult> {
  if (ref.type === 'cadence') return logTouchFor('cadence', ref.creatorId, now);
  const reminder = await reminders.get(ref.reminderId);
  if (!reminder) return {};
  if (reminder.kind === 'cadence' || reminder.kind === 'follow-up') {
    const result = await logTouchFor(reminder.kind, reminder.creatorId, now);
    // The touch re-derived the follow-up; a custom cadence record has no source, so it goes.
    if (reminder.kind === 'cadence') await reminders.delete(reminder.id);
    return result;
  }
  await reminders.delete(reminder.id);
  return {};
}

async function logTouchFor(kind: ReminderKind, creatorId: string, now: number): Promise<DoneResult> {
  const db = await openRapportDb();
  const raw = await db.get('creators', creatorId);
  if (raw === undefined) throw new Error(`Creator ${creatorId} is not on the roster`);
  const creator = fromStore(CreatorSchema, 'creators', creatorId, raw);
  const last = (await listInteractions(creatorId, { limit: 1 })).records[0];
  const touch = touchForDone(kind, creator, last, now);
  if (!touch) return {};
  const { interaction } = await logInteraction(touch, now);
  return { loggedTouchId: interaction.id };
}

/** Dismisses a reminder without logging anything. */
export async function dismissReminder(id: string): Promise<void> {
  await reminders.delete(id);
}

// ---------------------------------------------------------------------------
// The wellbeing guard's data.

export interface CreatorWellbeing {
  ask: AskWarning;
  workload: WorkloadFlag;
}

/** What the wellbeing guard needs about one creator: recent touches and their collaborations. */
export async function wellbeingForCreator(creatorId: string, now = Date.now()): Promise<CreatorWellbeing> {
  const settings = await getSettings();
  const db = await openRapportDb();
  const tx = db.transaction(['interactions', 'collaborations']);
  const since = now - settings.wellbeing.windowDays * DAY_MS;
  const [touchRaws, collabRaws] = await Promise.all([
    tx.objectStore('interactions').index('by-creator-time').getAll(IDBKeyRange.bound([creatorId, since], [creatorId, now])),
    tx.objectStore('collaborations').index('by-creator').getAll(creatorId),
  ]);
  const touches = manyFromStore(InteractionSchema, 'interactions', touchRaws, idOf).records;
  const collaborations = manyFromStore(CollaborationSchema, 'collaborations', collabRaws, idOf).records;
  return { ask: askWarning(touches, settings, now), workload: workloadFlag(collaborations, settings, now) };
}
