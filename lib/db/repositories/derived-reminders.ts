/**
 * Keeping derived reminders in step with their sources: called inside the
 * source's write transaction (a touch, a collaboration), so a reminder never
 * disagrees with its source.
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import {
  REMINDER_SETTLED_BY_TOUCH,
  ReminderSchema,
  fitReviewReminder,
  fitReviewReminderId,
  collaborationReminders,
  diffDerivedReminders,
  followUpReminder,
  type Collaboration,
  type Creator,
  type DerivedReminder,
  type Interaction,
  type Settings,
} from '../../domain';
import { forWrite } from '../records';
import type { RapportDB } from '../schema';

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

/**
 * A logged touch settles the reminders it answers: a feedback touch marks the creator's
 * open feedback reminders done, a celebration touch their celebration reminders.
 */
export async function settleRemindersByTouch<Tx extends ArrayLike<StoreNames<RapportDB>>>(
  store: RemindersStore<Tx>,
  touch: Pick<Interaction, 'creatorId' | 'kind'>,
  now: number,
): Promise<boolean> {
  const kinds = Object.entries(REMINDER_SETTLED_BY_TOUCH)
    .filter(([, kind]) => kind === touch.kind)
    .map(([reminderKind]) => reminderKind);
  if (kinds.length === 0) return false;
  let settled = false;
  for (const raw of await store.index('by-creator').getAll(touch.creatorId)) {
    const parsed = ReminderSchema.safeParse(raw);
    if (!parsed.success || !kinds.includes(parsed.data.kind) || parsed.data.status === 'done' || parsed.data.status === 'dismissed') continue;
    await store.put(forWrite(ReminderSchema, 'reminders', { ...parsed.data, status: 'done', updatedAt: now }));
    settled = true;
  }
  return settled;
}

/** Keeps the creator's fit-review reminder in step with when the fit was last reviewed (a done one stays done until then). */
export async function syncFitReviewReminder<Tx extends ArrayLike<StoreNames<RapportDB>>>(
  store: RemindersStore<Tx>,
  creator: Pick<Creator, 'id' | 'stage' | 'createdAt' | 'fitReviewedAt'>,
  settings: Settings,
  now: number,
): Promise<boolean> {
  const wanted = fitReviewReminder(creator, settings);
  const stored = ReminderSchema.safeParse(await store.get(fitReviewReminderId(creator.id)));
  const before: DerivedReminder[] = stored.success
    ? [
        {
          id: stored.data.id,
          creatorId: stored.data.creatorId,
          kind: 'fit-review',
          title: stored.data.title,
          dueAt: stored.data.dueAt,
          sourceId: stored.data.sourceId ?? creator.id,
        },
      ]
    : [];
  return applyDerivedReminders(store, before, wanted ? [wanted] : [], now);
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
