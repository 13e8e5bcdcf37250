/**
 * A creator's fields derived from their touches: contact times, the author of the
 * latest outbound touch, the next due time and the follow-up (with the reminder it
 * implies). One rule for a local write, a pulled page and a first sync's pass.
 */
import { computeNextDueAt } from './cadence';
import type { Creator } from './creator';
import type { Interaction } from './interaction';
import { contactTimes } from './outreach';
import { followUpReminder, type DerivedReminder } from './reminder-rules';
import type { Settings } from './settings';

export function withContactState(
  creator: Creator,
  touches: readonly Interaction[],
  settings: Settings,
): { creator: Creator; followUp: DerivedReminder | null } {
  const { lastContactAt: _c, lastOutboundAt: _o, lastInboundAt: _i, lastOutboundById: _b, nextDueAt: _d, followUpDueAt: _f, ...rest } = creator;
  const timed: Creator = { ...rest, ...contactTimes(touches) };
  const nextDueAt = computeNextDueAt(timed, settings);
  const followUp = followUpReminder(timed, touches, settings);
  return {
    creator: { ...timed, ...(nextDueAt === undefined ? {} : { nextDueAt }), ...(followUp ? { followUpDueAt: followUp.dueAt } : {}) },
    followUp,
  };
}
