/**
 * The due list: creators due for contact by their cadence (creators.nextDueAt)
 * merged with due reminder records. Everything due is found through the
 * due-time indexes with an upper bound of "now", so the work grows with what
 * is due, not with the roster. Creators in a live campaign are left out of the
 * cadence: deliverable talk is going on, they are not losing touch.
 */
import {
  CreatorSchema,
  ReminderSchema,
  dueState,
  isReminderDue,
  isReminderRelevantFor,
  reminderShowsAt,
  type Creator,
  type ReminderKind,
  type Settings,
} from '../../domain';
import { openRapportDb } from '../open';
import { CorruptRecordError, fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { getSettings } from './settings';
import { getTeamState } from './team';
import { remindedOwnerKeys, remindsMe } from '../../team/attribution';
import type { TeamState } from '../../team/state';
import { listCreatorsInLiveCampaigns } from './campaigns';

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
async function dueReminderItems(now: number, team: TeamState | undefined): Promise<ReadResult<DueItem>> {
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
    if (!creator || !isReminderRelevantFor(r, creator) || !remindsMe(team, creator)) continue;
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
  const team = await getTeamState();
  const db = await openRapportDb();
  // In a team, my creators (and nobody's, by choice) through the owner-and-due index.
  const owners = team ? remindedOwnerKeys(team) : null;
  const raws: unknown[] = owners
    ? (await Promise.all(owners.map((o) => db.getAllFromIndex('creators', 'by-owner-due', IDBKeyRange.bound([o, -Infinity], [o, now]), options.limit)))).flat()
    : await db.getAllFromIndex('creators', 'by-next-due', IDBKeyRange.upperBound(now), options.limit);
  const creators = manyFromStore(CreatorSchema, 'creators', raws, idOf);
  const inCampaign = await listCreatorsInLiveCampaigns();
  const reminderItems = await dueReminderItems(now, team);
  const cadence = creators.records.filter((c) => !inCampaign.has(c.id)).map((c) => cadenceItem(c, settings, now));
  const records = [...cadence, ...reminderItems.records].sort((a, b) => a.dueAt - b.dueAt);
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
  const team = await getTeamState();
  if (team) return summariseMyDue(now, since, team);
  const db = await openRapportDb();
  const cadence = await db.countFromIndex('creators', 'by-next-due', IDBKeyRange.upperBound(now));
  const hasNew = since < now;
  const newRange = hasNew ? IDBKeyRange.bound(since, now, true, false) : null;
  const cadenceNew = newRange ? await db.countFromIndex('creators', 'by-next-due', newRange) : 0;
  const newestCadence = newRange && cadenceNew > 0 ? await newestDueCreators(newRange) : { records: [], errors: [] };
  const reminderItems = await dueReminderItems(now, undefined);
  const inCampaign = await dueInLiveCampaigns(now, since, null);
  return summary(cadence - inCampaign.due, cadenceNew - inCampaign.dueNew, withoutIds(newestCadence, inCampaign.ids), reminderItems, since);
}

/**
 * The creators of live campaigns that the cadence counts as due (and newly due): the counts
 * above come from the due index alone, so these are taken off. Reads only those few creators.
 */
async function dueInLiveCampaigns(now: number, since: number, owners: readonly string[] | null): Promise<{ due: number; dueNew: number; ids: Set<string> }> {
  const ids = await listCreatorsInLiveCampaigns();
  if (ids.size === 0) return { due: 0, dueNew: 0, ids };
  const db = await openRapportDb();
  const tx = db.transaction('creators');
  let due = 0;
  let dueNew = 0;
  await Promise.all(
    [...ids].map(async (id) => {
      const raw = await tx.store.get(id);
      const at = raw?.nextDueAt;
      if (raw === undefined || at === undefined || at > now) return;
      if (owners && !owners.includes(raw.ownerKey ?? '')) return;
      due++;
      if (at > since) dueNew++;
    }),
  );
  return { due, dueNew, ids };
}

function withoutIds(read: ReadResult<Creator>, ids: ReadonlySet<string>): ReadResult<Creator> {
  return ids.size ? { records: read.records.filter((c) => !ids.has(c.id)), errors: read.errors } : read;
}

/**
 * In a team the badge and digest count only what is mine (and, by choice, nobody's):
 * counted through the owner-and-due index, so the work still grows with what is
 * due, not with the roster.
 */
async function summariseMyDue(now: number, since: number, team: TeamState): Promise<DueSummary> {
  const db = await openRapportDb();
  const owners = remindedOwnerKeys(team);
  const index = db.transaction('creators').store.index('by-owner-due');
  let cadence = 0;
  let cadenceNew = 0;
  const fresh: unknown[] = [];
  for (const owner of owners) {
    cadence += await index.count(IDBKeyRange.bound([owner, -Infinity], [owner, now]));
    if (since < now) {
      const newRange = IDBKeyRange.bound([owner, since], [owner, now], true, false);
      cadenceNew += await index.count(newRange);
      let cursor = await index.openCursor(newRange, 'prev');
      for (let n = 0; cursor && n < SAMPLE_SIZE; n++) {
        fresh.push(cursor.value);
        cursor = await cursor.continue();
      }
    }
  }
  const inCampaign = await dueInLiveCampaigns(now, since, owners);
  const newest = withoutIds(manyFromStore(CreatorSchema, 'creators', fresh, idOf), inCampaign.ids);
  newest.records.sort((a, b) => (b.nextDueAt ?? 0) - (a.nextDueAt ?? 0));
  const reminderItems = await dueReminderItems(now, team);
  return summary(
    cadence - inCampaign.due,
    cadenceNew - inCampaign.dueNew,
    { records: newest.records.slice(0, SAMPLE_SIZE), errors: newest.errors },
    reminderItems,
    since,
  );
}

function summary(cadence: number, cadenceNew: number, newestCadence: ReadResult<Creator>, reminderItems: ReadResult<DueItem>, since: number): DueSummary {
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
