/**
 * Relationship health, from the metrics the method names: response times,
 * brief adherence, repeat collaborations, performance stability, and whether
 * contact keeps to the segment's cadence. Pure: computed from stored data and
 * summarised onto the creator so the roster can show and sort it cheaply.
 */
import type { Collaboration } from './collaboration';
import type { Creator, HealthSummary } from './creator';
import { QUALITATIVE_SIGNALS, QUALITATIVE_SIGNAL_LABELS, type Interaction } from './interaction';
import type { Settings } from './settings';
import { cadenceFor } from './cadence';
import { isAgreedCollaboration } from './collaboration-edits';
import { DAY_MS, HOUR_MS } from './time';

export type HealthSignalKey = 'recency' | 'responsiveness' | 'briefAdherence' | 'repeatCollaboration' | 'performanceStability' | 'qualitative';

export interface HealthSignal {
  key: HealthSignalKey;
  label: string;
  /** 0-100, or null when there is not enough data to judge. */
  score: number | null;
  /** Why, in words a scout can act on. */
  reason: string;
}

export interface HealthReport {
  summary: HealthSummary;
  signals: HealthSignal[];
}

/** How much each signal counts when it has data. Cadence and responsiveness are the day-to-day ones. */
const WEIGHTS: Record<HealthSignalKey, number> = {
  recency: 3,
  responsiveness: 3,
  briefAdherence: 2,
  repeatCollaboration: 1,
  performanceStability: 1,
  qualitative: 2,
};

const LABELS: Record<HealthSignalKey, string> = {
  recency: 'Contact cadence',
  responsiveness: 'Response time',
  briefAdherence: 'Brief adherence',
  repeatCollaboration: 'Repeat collaboration',
  performanceStability: 'Performance stability',
  qualitative: 'Enthusiasm, ideas, flexibility',
};

const clamp = (n: number) => Math.max(0, Math.min(100, Math.round(n)));
const days = (ms: number) => Math.round(ms / DAY_MS);

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Contact against the cadence: full marks within the ideal interval, falling to 0 at twice the maximum. */
export function recencySignal(creator: Pick<Creator, 'segment' | 'cadenceOverride' | 'lastContactAt'>, settings: Settings, now: number): HealthSignal {
  const base = { key: 'recency' as const, label: LABELS.recency };
  if (creator.lastContactAt === undefined) return { ...base, score: null, reason: 'No touch logged yet' };
  const { idealDays, maxDays } = cadenceFor(creator, settings);
  // A touch logged a moment after `now` was taken is "today", not in the future.
  const since = Math.max(0, (now - creator.lastContactAt) / DAY_MS);
  let score: number;
  if (since <= idealDays) score = 100;
  else if (since <= maxDays) score = 100 - ((since - idealDays) / Math.max(1, maxDays - idealDays)) * 40;
  else score = 60 - ((since - maxDays) / maxDays) * 60;
  const reason =
    since <= idealDays
      ? `Last touch ${Math.floor(since)} days ago, within the ${idealDays}-day cadence`
      : since <= maxDays
        ? `Last touch ${Math.floor(since)} days ago: due (cadence ${idealDays}-${maxDays} days)`
        : `Last touch ${Math.floor(since)} days ago: past the ${maxDays}-day maximum, losing touch`;
  return { ...base, score: clamp(score), reason };
}

/**
 * Response time: for each outbound touch, the time to the next inbound one.
 * An outbound touch that is still unanswered after `followUpDelayDays` counts
 * as a slow answer, so silence lowers health instead of being ignored.
 */
export function responsivenessSignal(
  touches: readonly Pick<Interaction, 'direction' | 'occurredAt'>[],
  settings: Pick<Settings, 'followUpDelayDays'>,
  now: number,
): HealthSignal {
  const base = { key: 'responsiveness' as const, label: LABELS.responsiveness };
  const sorted = [...touches].sort((a, b) => a.occurredAt - b.occurredAt);
  const waits: number[] = [];
  let unanswered = 0;
  let waitingSince: number | undefined;
  for (const t of sorted) {
    if (t.direction === 'outbound') waitingSince ??= t.occurredAt;
    else if (waitingSince !== undefined) {
      waits.push(t.occurredAt - waitingSince);
      waitingSince = undefined;
    }
  }
  const limit = settings.followUpDelayDays * DAY_MS;
  if (waitingSince !== undefined && now - waitingSince > limit) {
    unanswered = 1;
    waits.push(Math.max(now - waitingSince, limit * 2));
  }
  if (waits.length === 0) return { ...base, score: null, reason: 'No outbound message with an answer yet' };
  const typical = median(waits);
  const hours = typical / HOUR_MS;
  const score = hours <= 24 ? 100 : hours <= 72 ? 85 : hours <= 168 ? 65 : hours <= 336 ? 40 : 15;
  const when = hours < 48 ? `${Math.max(1, Math.round(hours))} h` : `${days(typical)} days`;
  const reason = unanswered
    ? `Typical reply within ${when}; the latest message is unanswered after ${days(now - (waitingSince ?? now))} days`
    : `Typical reply within ${when} (${waits.length} ${waits.length === 1 ? 'exchange' : 'exchanges'})`;
  return { ...base, score, reason };
}

type CollabFacts = Pick<Collaboration, 'status' | 'briefAdherence' | 'performance' | 'completedAt' | 'createdAt'>;

export function briefAdherenceSignal(collaborations: readonly CollabFacts[]): HealthSignal {
  const base = { key: 'briefAdherence' as const, label: LABELS.briefAdherence };
  const rated = collaborations.map((c) => c.briefAdherence).filter((r): r is number => r !== undefined);
  if (rated.length === 0) return { ...base, score: null, reason: 'No collaboration rated for brief adherence' };
  const mean = rated.reduce((a, b) => a + b, 0) / rated.length;
  return { ...base, score: clamp(((mean - 1) / 4) * 100), reason: `Average ${mean.toFixed(1)}/5 over ${rated.length} rated` };
}

export function repeatCollaborationSignal(collaborations: readonly CollabFacts[]): HealthSignal {
  const base = { key: 'repeatCollaboration' as const, label: LABELS.repeatCollaboration };
  const done = collaborations.filter(isAgreedCollaboration);
  if (done.length === 0) return { ...base, score: null, reason: 'No collaboration yet' };
  const score = done.length >= 3 ? 100 : done.length === 2 ? 80 : 55;
  return { ...base, score, reason: done.length === 1 ? 'One collaboration so far' : `${done.length} collaborations` };
}

/** Stability: the spread (coefficient of variation) of engagements, or reach, across completed collaborations. */
export function performanceStabilitySignal(collaborations: readonly CollabFacts[]): HealthSignal {
  const base = { key: 'performanceStability' as const, label: LABELS.performanceStability };
  const values = collaborations
    .filter((c) => c.status === 'completed')
    .map((c) => c.performance.engagements ?? c.performance.reach)
    .filter((v): v is number => v !== undefined);
  if (values.length < 2) return { ...base, score: null, reason: 'Needs results from two completed collaborations' };
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  if (mean === 0) return { ...base, score: 0, reason: 'No measurable results' };
  const sd = Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length);
  const cv = sd / mean;
  const score = cv <= 0.25 ? 100 : cv >= 1 ? 20 : 100 - ((cv - 0.25) / 0.75) * 80;
  return { ...base, score: clamp(score), reason: `Results vary by ${Math.round(cv * 100)}% across ${values.length} collaborations` };
}

/** Signals older than this no longer say much about the relationship as it is now. */
const QUALITATIVE_WINDOW_DAYS = 365;

/**
 * The qualitative signals noted on touches in the last year (enthusiasm, proactive
 * ideas, willingness to negotiate): the share of positive ones, from 0 (all negative)
 * to 100 (all positive). Not enough data until one is noted.
 */
export function qualitativeSignal(touches: readonly Pick<Interaction, 'occurredAt' | 'signals'>[], now: number): HealthSignal {
  const base = { key: 'qualitative' as const, label: LABELS.qualitative };
  const since = now - QUALITATIVE_WINDOW_DAYS * DAY_MS;
  const counts = Object.fromEntries(QUALITATIVE_SIGNALS.map((s) => [s, { positive: 0, negative: 0 }])) as Record<
    (typeof QUALITATIVE_SIGNALS)[number],
    { positive: number; negative: number }
  >;
  let positive = 0;
  let negative = 0;
  for (const t of touches) {
    if (!t.signals || t.occurredAt < since) continue;
    for (const key of QUALITATIVE_SIGNALS) {
      const value = t.signals[key];
      if (value === undefined) continue;
      counts[key][value]++;
      if (value === 'positive') positive++;
      else negative++;
    }
  }
  const total = positive + negative;
  if (total === 0) return { ...base, score: null, reason: 'No enthusiasm, ideas or negotiation noted on a touch in the last year' };
  const parts = QUALITATIVE_SIGNALS.filter((k) => counts[k].positive + counts[k].negative > 0).map(
    (k) => `${QUALITATIVE_SIGNAL_LABELS[k].toLowerCase()} ${counts[k].positive}+ ${counts[k].negative}−`,
  );
  return { ...base, score: clamp((positive / total) * 100), reason: `${positive} positive, ${negative} negative in the last year (${parts.join(', ')})` };
}

export function healthLabel(score: number): HealthSummary['label'] {
  if (score >= 70) return 'thriving';
  if (score >= 45) return 'steady';
  return 'at-risk';
}

/** The weighted mean of the signals that have data; "unknown" until there is something to judge. */
export function computeHealth(
  creator: Pick<Creator, 'segment' | 'cadenceOverride' | 'lastContactAt'>,
  touches: readonly Pick<Interaction, 'direction' | 'occurredAt' | 'signals'>[],
  collaborations: readonly CollabFacts[],
  settings: Settings,
  now: number,
): HealthReport {
  const signals = [
    recencySignal(creator, settings, now),
    responsivenessSignal(touches, settings, now),
    briefAdherenceSignal(collaborations),
    repeatCollaborationSignal(collaborations),
    performanceStabilitySignal(collaborations),
    qualitativeSignal(touches, now),
  ];
  let total = 0;
  let weight = 0;
  for (const s of signals) {
    if (s.score === null) continue;
    total += s.score * WEIGHTS[s.key];
    weight += WEIGHTS[s.key];
  }
  if (weight === 0) return { summary: { score: 0, label: 'unknown', computedAt: now }, signals };
  const score = clamp(total / weight);
  return { summary: { score, label: healthLabel(score), computedAt: now }, signals };
}

/** True when a stored summary says something different from a fresh one (ignoring when it was computed). */
export function healthChanged(stored: HealthSummary | undefined, fresh: HealthSummary): boolean {
  return !stored || stored.score !== fresh.score || stored.label !== fresh.label;
}

export const HEALTH_LABELS: Record<HealthSummary['label'], string> = {
  thriving: 'Thriving',
  steady: 'Steady',
  'at-risk': 'At risk',
  unknown: 'Unknown',
};

const HEALTH_MAX_AGE_MS = DAY_MS;

/**
 * Stored health is stale when the creator changed after it was computed, or it
 * is over a day old (its signals age with time: response recency, overdue
 * contact). A creator never contacted and never scored has nothing to score yet.
 */
export function healthIsStale(creator: { health?: HealthSummary; updatedAt: number; lastContactAt?: number }, now: number): boolean {
  if (creator.lastContactAt === undefined && !creator.health) return false;
  return !creator.health || creator.health.computedAt < creator.updatedAt || creator.health.computedAt < now - HEALTH_MAX_AGE_MS;
}
