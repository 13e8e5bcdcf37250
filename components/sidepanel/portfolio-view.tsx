/** The portfolio at a glance: segments and stages, losing touch, upcoming dates, health, spend and attention across campaigns, growth. */
import { useMemo } from 'react';
import { HEALTH_LABELS, LIFECYCLE_STAGES, SEGMENTS, SEGMENT_LABELS, STAGE_LABELS, type Collaboration, type Settings } from '../../lib/domain';
import { listAllCollaborations, listCreatorsInLiveCampaigns } from '../../lib/db';
import {
  HEALTH_BUCKETS,
  UPCOMING_KIND_LABELS,
  fastestGrowing,
  healthDistribution,
  losingTouch,
  segmentCounts,
  segmentStageMatrix,
  stageCounts,
  upcomingDates,
} from '../../lib/roster/portfolio';
import { useDbQuery } from '../ui/use-db-query';
import type { RosterState } from './use-roster';
import { BarChart, EmptyState } from '../ui/controls';
import { formatDate, formatGrowth } from '../ui/format';
import { HEALTH_BAR_TONES } from '../ui/tones';
import { PortfolioCampaignFigures } from './portfolio-campaigns';

const NO_COLLABORATIONS: readonly Collaboration[] = [];

export function PortfolioView(props: { roster: RosterState; settings: Settings; now: number; onOpen(id: string): void }) {
  // rows() keeps its identity until the roster changes.
  const rows = props.roster.index.rows();
  const collabs = useDbQuery(() => listAllCollaborations(), ['collaborations'], []);
  const live = useDbQuery(() => listCreatorsInLiveCampaigns(), ['campaigns', 'collaborations'], []);
  const inLiveCampaign = live.status === 'ready' ? live.data : undefined;
  const figures = useMemo(
    () => ({
      segments: segmentCounts(rows),
      stages: stageCounts(rows),
      matrix: segmentStageMatrix(rows),
      health: healthDistribution(rows),
      losing: losingTouch(rows, props.settings, props.now, 20, inLiveCampaign),
      growing: fastestGrowing(rows, 10),
    }),
    [rows, props.settings, props.now, inLiveCampaign],
  );
  const upcoming = collabs.status === 'ready' ? upcomingDates(collabs.data.records, props.now, 60) : [];
  const nameOf = (id: string) => props.roster.index.get(id)?.displayName ?? 'Unknown creator';

  if (props.roster.painted && rows.length === 0) {
    return (
      <EmptyState title="No portfolio yet">Save a few creators and place them in segments; this view then shows how the portfolio is balanced.</EmptyState>
    );
  }
  return (
    <section aria-label="Portfolio" className="min-h-0 flex-1 space-y-3 overflow-auto p-3">
      {!props.roster.complete && (
        <p className="text-xs">{props.roster.failure ? `The roster could not be read: ${props.roster.failure}` : 'Loading the roster…'}</p>
      )}
      <BarChart title="Creators by segment" items={SEGMENTS.map((s) => ({ label: SEGMENT_LABELS[s], value: figures.segments[s] }))} />
      <BarChart
        title="Creators by lifecycle stage"
        items={LIFECYCLE_STAGES.map((s) => ({ label: STAGE_LABELS[s], value: figures.stages[s], tone: 'bg-emerald-600' }))}
      />
      <details>
        <summary className="cursor-pointer text-xs font-semibold uppercase tracking-wide">Segment × stage table</summary>
        <div className="overflow-auto" tabIndex={0} role="region" aria-label="Segment by stage counts">
          <table className="mt-1 text-xs">
            <thead>
              <tr>
                <th scope="col" className="px-1 text-left">
                  Segment
                </th>
                {LIFECYCLE_STAGES.map((st) => (
                  <th key={st} scope="col" className="px-1">
                    {STAGE_LABELS[st]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {SEGMENTS.map((s) => (
                <tr key={s}>
                  <th scope="row" className="px-1 text-left font-medium">
                    {SEGMENT_LABELS[s]}
                  </th>
                  {LIFECYCLE_STAGES.map((st) => (
                    <td key={st} className="px-1 text-center tabular-nums">
                      {figures.matrix[s][st] || ''}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
      <BarChart
        title="Relationship health"
        items={HEALTH_BUCKETS.map((h) => ({ label: HEALTH_LABELS[h], value: figures.health[h], tone: HEALTH_BAR_TONES[h] }))}
      />
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide">Losing touch (past the maximum interval)</h3>
        {figures.losing.length === 0 ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">Nobody: every placed creator heard from you within their cadence.</p>
        ) : (
          <ul className="text-sm" data-testid="losing-touch">
            {figures.losing.map((l) => (
              <li key={l.row.id}>
                <button type="button" className="underline" onClick={() => props.onOpen(l.row.id)}>
                  {l.row.displayName}
                </button>{' '}
                <span className="text-xs">
                  {l.daysSilent} days silent (max {l.maxDays})
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide">Renewals and end dates (next 60 days)</h3>
        {upcoming.length === 0 ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">
            Nothing coming up. Add contract and renewal dates to a creator&apos;s collaborations to see them here.
          </p>
        ) : (
          <ul className="text-sm">
            {upcoming.map((u) => (
              <li key={`${u.collaborationId}-${u.kind}`}>
                <time dateTime={new Date(u.at).toISOString()}>{formatDate(u.at)}</time> {UPCOMING_KIND_LABELS[u.kind]}:{' '}
                <button type="button" className="underline" onClick={() => props.onOpen(u.creatorId)}>
                  {nameOf(u.creatorId)}
                </button>{' '}
                <span className="text-xs">({u.title})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <PortfolioCampaignFigures
        rows={rows}
        collaborations={collabs.status === 'ready' ? collabs.data.records : NO_COLLABORATIONS}
        settings={props.settings}
        now={props.now}
      />
      <div>
        <h3 className="text-xs font-semibold uppercase tracking-wide">Fastest growing (30 days)</h3>
        {figures.growing.length === 0 ? (
          <p className="text-xs text-slate-600 dark:text-slate-400">Growth shows once a profile was visited on two different days.</p>
        ) : (
          <BarChart
            title="Follower growth, %"
            items={figures.growing.map((r) => ({
              label: `${r.displayName} ${formatGrowth(r.growth)}`,
              value: Math.round((r.growth ?? 0) * 1000) / 10,
              tone: 'bg-emerald-600',
            }))}
          />
        )}
      </div>
    </section>
  );
}
