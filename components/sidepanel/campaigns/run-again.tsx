/**
 * "Run again" for a done campaign: the familiar faces come first. Each creator of last
 * time is listed with their result and their health now; the well-rated and healthy
 * ones are ticked to come back, and the copy starts in planning.
 */
import { useState } from 'react';
import { HEALTH_LABELS } from '../../../lib/domain';
import { returningCreators, runCampaignAgain, type ReturningCreator } from '../../../lib/use-cases/campaigns';
import type { Campaign } from '../../../lib/domain';
import { ErrorNote, buttonClass, errorMessage, primaryButtonClass } from '../../ui/controls';

/** Proposed to come back: rated 3/5 or better (or not rated) and not at risk. */
const proposed = (r: ReturningCreator) => (r.briefAdherence ?? 3) >= 3 && r.health?.label !== 'at-risk';

export function RunAgain(props: { campaign: Campaign; onCreated(id: string): void }) {
  const [list, setList] = useState<ReturningCreator[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const load = () =>
    returningCreators(props.campaign.id).then(
      (found) => {
        setList(found);
        setChosen(new Set(found.filter(proposed).map((r) => r.creatorId)));
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  if (!list) {
    return (
      <button type="button" className={buttonClass} data-testid="campaign-run-again" onClick={() => void load()}>
        Run again…
      </button>
    );
  }
  return (
    <section aria-label="Run again" className="space-y-1 rounded border border-slate-200 p-2 text-xs dark:border-slate-700" data-testid="run-again">
      <p className="font-semibold">Run “{props.campaign.name}” again, with the familiar faces first</p>
      {list.length === 0 && <p>Nobody took part last time; the copy starts empty.</p>}
      <ul>
        {list.map((r) => (
          <li key={r.creatorId}>
            <label className="flex items-center gap-1">
              <input
                type="checkbox"
                checked={chosen.has(r.creatorId)}
                onChange={(e) => setChosen((s) => (e.target.checked ? new Set([...s, r.creatorId]) : new Set([...s].filter((id) => id !== r.creatorId))))}
              />
              <span>
                {r.name}: {r.briefAdherence !== undefined ? `brief ${r.briefAdherence}/5` : 'not rated'}
                {r.results.engagements !== undefined ? `, ${r.results.engagements.toLocaleString()} engagements` : ''}
                {r.results.conversions !== undefined ? `, ${r.results.conversions.toLocaleString()} conversions` : ''}
                {` · health ${r.health ? `${HEALTH_LABELS[r.health.label]}${r.health.label === 'unknown' ? '' : ` (${r.health.score})`}` : 'unknown'}`}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className={primaryButtonClass}
        data-testid="run-again-create"
        onClick={() =>
          runCampaignAgain(props.campaign.id, [...chosen]).then(
            (copy) => props.onCreated(copy.id),
            (e: unknown) => setError(errorMessage(e)),
          )
        }
      >
        Create the new campaign with {chosen.size} creator{chosen.size === 1 ? '' : 's'}
      </button>
      {error && <ErrorNote>{error}</ErrorNote>}
    </section>
  );
}
