/** The roster's filters: segment, stage, due, platform, owner, tag and outreach (owners and tags in use are listed only while it is open). */
import { LIFECYCLE_STAGES, OUTREACH_LABELS, OUTREACH_STATUSES, SEGMENTS, SEGMENT_LABELS, STAGE_LABELS, PLATFORM_LABELS } from '../../../lib/domain';
import { PLATFORM_IDS } from '../../../lib/platforms/types';
import { DUE_FILTERS, DUE_FILTER_LABELS, NO_OWNER, activeFilterCount, type RosterFilters } from '../../../lib/roster/query';
import { DEFAULT_VIEW_STATE, type RosterViewState } from '../../../lib/roster/views';
import { buttonClass } from '../../ui/controls';

import { CheckGroup } from './check-group';
import type { TeamFilterOption } from '../../../lib/roster/team-filters';

export function FiltersMenu(props: {
  view: RosterViewState;
  owners: readonly string[];
  tags: readonly string[];
  /** Empty when solo. */
  teamOptions: readonly TeamFilterOption[];
  onView(view: RosterViewState): void;
  onOpenChange(open: boolean): void;
}) {
  const filterCount = activeFilterCount(props.view.filters);
  const setFilters = (f: Partial<RosterFilters>) => props.onView({ ...props.view, filters: { ...props.view.filters, ...f } });
  return (
    <details className="relative" onToggle={(e) => props.onOpenChange(e.currentTarget.open)}>
      <summary className={`${buttonClass} cursor-pointer list-none`}>Filters{filterCount ? ` (${filterCount})` : ''}</summary>
      <div className="absolute left-0 z-20 mt-1 grid w-[min(26rem,calc(100vw-1rem))] grid-cols-2 gap-2 rounded border border-slate-300 bg-white p-2 shadow-lg dark:border-slate-600 dark:bg-slate-800">
        {props.teamOptions.length > 0 && (
          <CheckGroup
            legend="Team"
            options={props.teamOptions.map((o) => o.value)}
            labels={(v) => props.teamOptions.find((o) => o.value === v)?.label ?? v}
            value={props.view.filters.team}
            onChange={(team) => setFilters({ team })}
          />
        )}
        <CheckGroup
          legend="Segment"
          options={SEGMENTS}
          labels={(s) => SEGMENT_LABELS[s]}
          value={props.view.filters.segments}
          onChange={(segments) => setFilters({ segments })}
        />
        <CheckGroup
          legend="Stage"
          options={LIFECYCLE_STAGES}
          labels={(s) => STAGE_LABELS[s]}
          value={props.view.filters.stages}
          onChange={(stages) => setFilters({ stages })}
        />
        <CheckGroup
          legend="Due"
          options={DUE_FILTERS}
          labels={(d) => DUE_FILTER_LABELS[d]}
          value={props.view.filters.due}
          onChange={(due) => setFilters({ due })}
        />
        <CheckGroup
          legend="Platform"
          options={PLATFORM_IDS}
          labels={(p) => PLATFORM_LABELS[p]}
          value={props.view.filters.platforms}
          onChange={(platforms) => setFilters({ platforms })}
        />
        <CheckGroup
          legend="Owner"
          options={[NO_OWNER, ...props.owners]}
          labels={(o) => o}
          value={props.view.filters.owners}
          onChange={(o) => setFilters({ owners: o })}
        />
        <CheckGroup
          legend="Tag"
          options={props.tags.slice(0, 200)}
          labels={(t) => t}
          value={props.view.filters.tags}
          onChange={(tags) => setFilters({ tags })}
        />
        <CheckGroup
          legend="Outreach"
          options={OUTREACH_STATUSES}
          labels={(s) => OUTREACH_LABELS[s]}
          value={props.view.filters.outreach}
          onChange={(outreach) => setFilters({ outreach })}
        />
        <div>
          <button type="button" className={buttonClass} onClick={() => props.onView({ ...props.view, filters: DEFAULT_VIEW_STATE.filters })}>
            Clear filters
          </button>
        </div>
      </div>
    </details>
  );
}
