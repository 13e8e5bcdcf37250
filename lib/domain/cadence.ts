/**
 * Contact cadence: when a creator is next due for a light-touch contact.
 * Always computed from stored timestamps (never by counting alarm ticks), so
 * reminders missed while the computer slept are found at the next scan.
 */
import type { Creator } from './creator';
import type { Settings } from './settings';
import { SEGMENTS, type Segment } from './enums';
import { DAY_MS } from './time';

export interface CadencePolicy {
  idealDays: number;
  maxDays: number;
}

/** The creator's own override wins; otherwise the segment's policy from settings. */
export function cadenceFor(creator: Pick<Creator, 'segment' | 'cadenceOverride'>, settings: Settings): CadencePolicy {
  return creator.cadenceOverride ?? settings.cadence[creator.segment];
}

/** Do-not-contact, wound-down and not-a-fit creators never get cadence reminders. */
export function isExcludedFromCadence(creator: Pick<Creator, 'stage' | 'preferences'>): boolean {
  return creator.preferences.doNotContact || creator.stage === 'wound-down' || creator.stage === 'not-a-fit';
}

/**
 * Next due = last touch + ideal interval. A creator who was never contacted is only
 * on a cadence once placed in a segment (counting from when they were saved);
 * unplaced prospects belong to the outreach pipeline instead.
 * A snooze pushes the (indexed) due time out, so the scan never reads snoozed creators.
 */
export function computeNextDueAt(
  creator: Pick<Creator, 'segment' | 'cadenceOverride' | 'stage' | 'preferences' | 'lastContactAt' | 'createdAt' | 'snoozedUntil'>,
  settings: Settings,
): number | undefined {
  if (isExcludedFromCadence(creator)) return undefined;
  const base = creator.lastContactAt ?? (creator.segment === 'unassigned' ? undefined : creator.createdAt);
  if (base === undefined) return undefined;
  const due = base + cadenceFor(creator, settings).idealDays * DAY_MS;
  return creator.snoozedUntil !== undefined ? Math.max(due, creator.snoozedUntil) : due;
}

/** Segments whose cadence differs between two settings: their creators' due times must be recomputed. */
export function changedCadenceSegments(before: Settings, after: Settings): Segment[] {
  return SEGMENTS.filter((s) => before.cadence[s].idealDays !== after.cadence[s].idealDays || before.cadence[s].maxDays !== after.cadence[s].maxDays);
}

/** Overdue once past the maximum interval since the last touch. */
export function overdueAt(creator: Pick<Creator, 'segment' | 'cadenceOverride' | 'lastContactAt' | 'createdAt'>, settings: Settings): number {
  const base = creator.lastContactAt ?? creator.createdAt;
  return base + cadenceFor(creator, settings).maxDays * DAY_MS;
}

export type DueState = 'not-due' | 'due' | 'overdue' | 'none';

export function dueState(
  creator: Pick<Creator, 'segment' | 'cadenceOverride' | 'lastContactAt' | 'createdAt' | 'nextDueAt' | 'snoozedUntil'>,
  settings: Settings,
  now: number,
): DueState {
  if (creator.nextDueAt === undefined) return 'none';
  if (creator.snoozedUntil !== undefined && creator.snoozedUntil > now) return 'not-due';
  if (now >= overdueAt(creator, settings)) return 'overdue';
  return now >= creator.nextDueAt ? 'due' : 'not-due';
}
