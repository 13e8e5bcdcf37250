/** Portfolio figures over the roster rows: the counts and lists the portfolio view charts. */
import {
  LIFECYCLE_STAGES,
  OUTREACH_STATUSES,
  SEGMENTS,
  cadenceFor,
  followUpDueAt,
  isExcludedFromCadence,
  overdueAt,
  type Collaboration,
  type HealthSummary,
  type LifecycleStage,
  type OutreachStatus,
  type Segment,
  type Settings,
} from '../domain';
import type { RosterRow } from './rows';
import { DAY_MS } from '../domain/time';

export function countBy<K extends string>(rows: readonly RosterRow[], keys: readonly K[], keyOf: (row: RosterRow) => K): Record<K, number> {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const row of rows) counts[keyOf(row)] = (counts[keyOf(row)] ?? 0) + 1;
  return counts;
}

export function segmentCounts(rows: readonly RosterRow[]): Record<Segment, number> {
  return countBy(rows, SEGMENTS, (r) => r.segment);
}

export function stageCounts(rows: readonly RosterRow[]): Record<LifecycleStage, number> {
  return countBy(rows, LIFECYCLE_STAGES, (r) => r.stage);
}

/** Segment × stage counts (rows: segments, columns: stages). */
export function segmentStageMatrix(rows: readonly RosterRow[]): Record<Segment, Record<LifecycleStage, number>> {
  const matrix = Object.fromEntries(SEGMENTS.map((s) => [s, Object.fromEntries(LIFECYCLE_STAGES.map((st) => [st, 0]))])) as Record<
    Segment,
    Record<LifecycleStage, number>
  >;
  for (const row of rows) matrix[row.segment][row.stage]++;
  return matrix;
}

export const HEALTH_BUCKETS: readonly HealthSummary['label'][] = ['thriving', 'steady', 'at-risk', 'unknown'];

export function healthDistribution(rows: readonly RosterRow[]): Record<HealthSummary['label'], number> {
  return countBy(rows, HEALTH_BUCKETS, (r) => r.health?.label ?? 'unknown');
}

export interface LosingTouch {
  row: RosterRow;
  /** Days since the last touch (or since saved, when never contacted). */
  daysSilent: number;
  maxDays: number;
}

/**
 * Creators past their segment's maximum contact interval ("losing touch"),
 * longest silence first. Creators excluded from cadence and unplaced,
 * never-contacted prospects are left out (they belong to the outreach pipeline), and so are
 * creators in a live campaign (`inLiveCampaign`): deliverable talk is going on.
 */
export function losingTouch(
  rows: readonly RosterRow[],
  settings: Settings,
  now: number,
  limit = 50,
  inLiveCampaign: ReadonlySet<string> = new Set(),
): LosingTouch[] {
  const out: LosingTouch[] = [];
  for (const row of rows) {
    if (isExcludedFromCadence(row) || inLiveCampaign.has(row.id)) continue;
    if (row.lastContactAt === undefined && row.segment === 'unassigned') continue;
    if (now < overdueAt(row, settings)) continue;
    const since = row.lastContactAt ?? row.createdAt;
    out.push({ row, daysSilent: Math.floor((now - since) / DAY_MS), maxDays: cadenceFor(row, settings).maxDays });
  }
  return out.sort((a, b) => b.daysSilent - a.daysSilent).slice(0, limit);
}

/** Fastest follower growth over the last 30 days (only creators with a baseline). */
export function fastestGrowing(rows: readonly RosterRow[], limit = 10): RosterRow[] {
  return rows
    .filter((r) => r.growth !== undefined && r.growth > 0)
    .sort((a, b) => (b.growth ?? 0) - (a.growth ?? 0))
    .slice(0, limit);
}

export interface UpcomingDate {
  creatorId: string;
  collaborationId: string;
  title: string;
  kind: 'renewal' | 'contract-end' | 'usage-rights-end' | 'exclusivity-end';
  at: number;
}

export const UPCOMING_KIND_LABELS: Record<UpcomingDate['kind'], string> = {
  renewal: 'Renewal review',
  'contract-end': 'Contract ends',
  'usage-rights-end': 'Usage rights end',
  'exclusivity-end': 'Exclusivity ends',
};

/** Renewals and end dates from now until `days` ahead, soonest first. Cancelled collaborations are ignored. */
export function upcomingDates(
  collaborations: readonly Pick<
    Collaboration,
    'id' | 'creatorId' | 'title' | 'status' | 'renewalReviewAt' | 'contractEndsAt' | 'usageRights' | 'exclusivity'
  >[],
  now: number,
  days: number,
): UpcomingDate[] {
  const until = now + days * DAY_MS;
  const out: UpcomingDate[] = [];
  for (const c of collaborations) {
    if (c.status === 'cancelled') continue;
    const candidates: [UpcomingDate['kind'], number | undefined][] = [
      ['renewal', c.renewalReviewAt],
      ['contract-end', c.contractEndsAt],
      ['usage-rights-end', c.usageRights?.endsAt],
      ['exclusivity-end', c.exclusivity?.endsAt],
    ];
    for (const [kind, at] of candidates) {
      if (at !== undefined && at >= now && at <= until) {
        out.push({ creatorId: c.creatorId, collaborationId: c.id, title: c.title, kind, at });
      }
    }
  }
  return out.sort((a, b) => a.at - b.at);
}

export interface PipelineCard {
  row: RosterRow;
  followUpDueAt: number | undefined;
  followUpDue: boolean;
}

/**
 * Creators grouped by outreach status. Within a column, follow-ups that are due
 * come first (oldest first), then the most recently active.
 */
export function pipeline(rows: readonly RosterRow[], now: number): Record<OutreachStatus, PipelineCard[]> {
  const groups = Object.fromEntries(OUTREACH_STATUSES.map((s) => [s, [] as PipelineCard[]])) as Record<OutreachStatus, PipelineCard[]>;
  for (const row of rows) {
    const due = followUpDueAt(row);
    groups[row.outreachStatus].push({ row, followUpDueAt: due, followUpDue: due !== undefined && now >= due });
  }
  for (const status of OUTREACH_STATUSES) {
    groups[status].sort((a, b) => {
      if (a.followUpDue !== b.followUpDue) return a.followUpDue ? -1 : 1;
      if (a.followUpDue && b.followUpDue) return (a.followUpDueAt ?? 0) - (b.followUpDueAt ?? 0);
      return b.row.updatedAt - a.row.updatedAt;
    });
  }
  return groups;
}
