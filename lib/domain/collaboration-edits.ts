/**
 * The rules for editing a collaboration, kept out of the side panel's form:
 * what a new one looks like, which dates a status change records, and which
 * deliverable is next. lib/db validates every result on write.
 */
import { newId } from './common';
import { DELIVERABLE_STATUS_VALUES, type Collaboration, type Deliverable } from './collaboration';

export type CollaborationStatus = Collaboration['status'];
export type DeliverableStatus = Deliverable['status'];

export const COLLABORATION_STATUSES = [
  'proposed',
  'negotiating',
  'contracted',
  'in-progress',
  'completed',
  'cancelled',
] as const satisfies readonly CollaborationStatus[];

export const COLLABORATION_STATUS_LABELS: Record<CollaborationStatus, string> = {
  proposed: 'Proposed',
  negotiating: 'Negotiating',
  contracted: 'Contracted',
  'in-progress': 'In progress',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export const DELIVERABLE_STATUSES = DELIVERABLE_STATUS_VALUES satisfies readonly DeliverableStatus[];

export const DELIVERABLE_STATUS_LABELS: Record<DeliverableStatus, string> = {
  briefed: 'Briefed',
  drafted: 'Drafted',
  'in-review': 'In review',
  'revision-requested': 'Revision requested',
  approved: 'Approved',
  published: 'Published',
  cancelled: 'Cancelled',
};

/** Collaborations that were agreed (contracted, under way or completed): they count as working together. */
const AGREED: ReadonlySet<CollaborationStatus> = new Set(['contracted', 'in-progress', 'completed']);
export const isAgreedCollaboration = (c: Pick<Collaboration, 'status'>): boolean => AGREED.has(c.status);

/** Deliverables the creator still has to make or fix: they get reminders, count toward the weekly load, and can be "next". */
const OPEN_DELIVERABLE: ReadonlySet<DeliverableStatus> = new Set(['briefed', 'drafted', 'revision-requested']);
export const isOpenDeliverable = (d: Pick<Deliverable, 'status'>): boolean => OPEN_DELIVERABLE.has(d.status);

export function newCollaboration(creatorId: string, title: string, now: number): Collaboration {
  return {
    id: newId(),
    creatorId,
    title: title.trim(),
    status: 'proposed',
    deliverables: [],
    compensation: {},
    disclosure: { required: true, confirmed: false },
    performance: {},
    createdAt: now,
    updatedAt: now,
  };
}

export function newDeliverable(description: string, dueAt?: number): Deliverable {
  return { id: newId(), description: description.trim(), status: 'briefed', ...(dueAt !== undefined ? { dueAt } : {}) };
}

/**
 * A status change, recording when the work started and when it was completed
 * (the first time only: reopening and closing again keeps the original dates,
 * which repeat-collaboration and renewal timing read).
 */
export function withCollaborationStatus(collab: Collaboration, status: CollaborationStatus, now: number): Collaboration {
  return {
    ...collab,
    status,
    ...((status === 'in-progress' || status === 'completed') && collab.startedAt === undefined ? { startedAt: now } : {}),
    ...(status === 'completed' && collab.completedAt === undefined ? { completedAt: now } : {}),
  };
}

/** The open deliverable due soonest, if any has a due date. */
export function nextDeliverable(collab: Collaboration): Deliverable | undefined {
  let next: Deliverable | undefined;
  for (const d of collab.deliverables) {
    if (!isOpenDeliverable(d) || d.dueAt === undefined) continue;
    if (!next || d.dueAt < (next.dueAt ?? Infinity)) next = d;
  }
  return next;
}

/** The same object with `key` set, or removed when `value` is undefined (optional fields are absent, not undefined). */
export function withOptional<T extends object, K extends keyof T>(record: T, key: K, value: T[K] | undefined): T {
  const { [key]: _removed, ...rest } = record;
  return value === undefined ? (rest as T) : ({ ...rest, [key]: value } as T);
}

type UsageRights = NonNullable<Collaboration['usageRights']>;
type Exclusivity = NonNullable<Collaboration['exclusivity']>;
type Cash = NonNullable<Collaboration['compensation']['cash']>;

/** Usage rights after an edit of the scope or the end date; gone when both are empty. */
export function withUsageRights(collab: Collaboration, edit: { scope: string } | { endsAt: number | undefined }): Collaboration {
  const scope = 'scope' in edit ? edit.scope : (collab.usageRights?.scope ?? '');
  const endsAt = 'endsAt' in edit ? edit.endsAt : collab.usageRights?.endsAt;
  const rights = scope || endsAt !== undefined ? withOptional<UsageRights, 'endsAt'>({ scope }, 'endsAt', endsAt) : undefined;
  return withOptional(collab, 'usageRights', rights);
}

/** Exclusivity after an edit of the category or the end date; gone when both are empty. */
export function withExclusivity(collab: Collaboration, edit: { category: string } | { endsAt: number | undefined }): Collaboration {
  const category = 'category' in edit ? edit.category : (collab.exclusivity?.category ?? '');
  const endsAt = 'endsAt' in edit ? edit.endsAt : collab.exclusivity?.endsAt;
  const kept: Exclusivity = { ...collab.exclusivity, category };
  return withOptional(collab, 'exclusivity', category || endsAt !== undefined ? withOptional(kept, 'endsAt', endsAt) : undefined);
}

/** Cash compensation after an edit: no amount means no cash; the currency defaults to USD and is kept upper-case. */
export function withCash(collab: Collaboration, edit: { amount: number | undefined } | { currency: string }): Collaboration {
  const current = collab.compensation.cash;
  let cash: Cash | undefined;
  if ('amount' in edit) cash = edit.amount === undefined ? undefined : { amount: edit.amount, currency: current?.currency ?? 'USD' };
  else cash = current && { ...current, currency: edit.currency.toUpperCase() };
  return { ...collab, compensation: withOptional(collab.compensation, 'cash', cash) };
}
