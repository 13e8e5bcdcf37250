/**
 * The wellbeing guard: the method warns against draining, transactional asks and
 * unrealistic posting schedules. Pure rules; the log-touch form and the due list
 * call them with data from lib/db (see getCreatorWellbeing).
 */
import { isAsk } from './outreach';
import type { Interaction } from './interaction';
import type { Collaboration } from './collaboration';
import { isOpenDeliverable } from './collaboration-edits';
import type { Settings } from './settings';
import { DAY_MS } from './time';

const WORKLOAD_WINDOW_DAYS = 7;

export interface AskWarning {
  warn: boolean;
  /** Outbound asks inside the window with no inbound touch after them. */
  unansweredAsks: number;
  /** Empty when there is nothing to warn about. */
  message: string;
}

/**
 * Before logging another outbound ask: warn when the creator already had
 * `maxUnansweredAsks` or more asks within the last `windowDays` without a reply.
 */
export function askWarning(
  touches: readonly Pick<Interaction, 'direction' | 'kind' | 'occurredAt'>[],
  settings: Pick<Settings, 'wellbeing'>,
  now: number,
): AskWarning {
  const { maxUnansweredAsks, windowDays } = settings.wellbeing;
  const windowStart = now - windowDays * DAY_MS;
  const lastReply = touches.reduce((last, t) => (t.direction === 'inbound' && t.occurredAt <= now ? Math.max(last, t.occurredAt) : last), -Infinity);
  const unansweredAsks = touches.filter((t) => isAsk(t) && t.occurredAt >= windowStart && t.occurredAt <= now && t.occurredAt > lastReply).length;
  const warn = unansweredAsks >= maxUnansweredAsks;
  return {
    warn,
    unansweredAsks,
    message: warn
      ? `${unansweredAsks} asks in the last ${windowDays} days are still unanswered. Another one may wear this creator out: consider waiting for a reply.`
      : '',
  };
}

export interface WorkloadFlag {
  flag: boolean;
  /** Open deliverables due within the next seven days. */
  dueThisWeek: number;
  message: string;
}

const LIVE_COLLABORATION = new Set(['proposed', 'negotiating', 'contracted', 'in-progress']);

/** Flags a creator with more open deliverables due in the next seven days than `maxDeliverablesPerWeek`. */
export function workloadFlag(
  collaborations: readonly Pick<Collaboration, 'status' | 'deliverables'>[],
  settings: Pick<Settings, 'wellbeing'>,
  now: number,
): WorkloadFlag {
  const until = now + WORKLOAD_WINDOW_DAYS * DAY_MS;
  let dueThisWeek = 0;
  for (const collaboration of collaborations) {
    if (!LIVE_COLLABORATION.has(collaboration.status)) continue;
    for (const d of collaboration.deliverables) {
      if (d.dueAt !== undefined && d.dueAt >= now && d.dueAt <= until && isOpenDeliverable(d)) dueThisWeek++;
    }
  }
  const max = settings.wellbeing.maxDeliverablesPerWeek;
  const flag = dueThisWeek > max;
  return {
    flag,
    dueThisWeek,
    message: flag
      ? `${dueThisWeek} deliverables are due in the next 7 days (more than ${max}). That schedule may be unrealistic: consider moving some dates.`
      : '',
  };
}
