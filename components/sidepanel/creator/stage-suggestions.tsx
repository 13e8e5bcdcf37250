/**
 * Lifecycle guidance on a creator's page: stage changes their records suggest, each
 * with its reason. Accepting records the change (and the reason) in the stage
 * history; dismissing hides that suggestion until the facts behind it change.
 */
import { useState } from 'react';
import { PARTNERSHIP_KIND_LABELS, STAGE_LABELS, type StageSuggestion } from '../../../lib/domain';
import { acceptStageSuggestion, dismissStageSuggestion, loadStageSuggestions } from '../../../lib/use-cases/lifecycle';
import { useDbQuery } from '../../ui/use-db-query';
import { ErrorNote, buttonClass, errorMessage, primaryButtonClass } from '../../ui/controls';

export function StageSuggestions(props: { creatorId: string; now: number }) {
  const suggestions = useDbQuery(
    () => loadStageSuggestions(props.creatorId, props.now),
    ['creators', 'collaborations', 'interactions', 'campaigns'],
    [props.creatorId],
  );
  const [error, setError] = useState<string | null>(null);
  const list = suggestions.status === 'ready' ? suggestions.data : [];
  if (list.length === 0 && !error) return null;
  const act = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorMessage(e)));
  };
  const target = (s: StageSuggestion) => `${STAGE_LABELS[s.stage]}${s.partnershipKind ? ` (${PARTNERSHIP_KIND_LABELS[s.partnershipKind]})` : ''}`;
  return (
    <section
      aria-label="Suggested stage changes"
      className="mx-3 mb-2 space-y-2 rounded border border-indigo-200 bg-indigo-50 p-2 text-xs dark:border-indigo-800 dark:bg-indigo-950"
    >
      {list.map((s) => (
        <div key={s.key} data-testid="stage-suggestion" data-stage={s.stage}>
          <p>
            <span className="font-semibold">Suggested: {target(s)}.</span> {s.reason}.
          </p>
          <div className="mt-1 flex flex-wrap gap-1">
            <button
              type="button"
              className={primaryButtonClass}
              data-testid="stage-suggestion-accept"
              onClick={() => act(() => acceptStageSuggestion(props.creatorId, s))}
            >
              Move to {target(s)}
            </button>
            {s.alternative && (
              <button type="button" className={buttonClass} onClick={() => act(() => acceptStageSuggestion(props.creatorId, s, s.alternative))}>
                {STAGE_LABELS[s.alternative]} instead
              </button>
            )}
            <button
              type="button"
              className={buttonClass}
              data-testid="stage-suggestion-dismiss"
              onClick={() => act(() => dismissStageSuggestion(props.creatorId, s.key))}
            >
              Dismiss
            </button>
          </div>
        </div>
      ))}
      {error && <ErrorNote>{error}</ErrorNote>}
    </section>
  );
}
