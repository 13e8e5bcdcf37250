/** When the fit was last reviewed, and the button that records a review (the next one is due after the months set in settings). */
import { useState } from 'react';
import type { Creator, Settings } from '../../../lib/domain';
import { markFitReviewed } from '../../../lib/use-cases/lifecycle';
import { ErrorNote, buttonClass, errorMessage } from '../../ui/controls';
import { formatDate } from '../../ui/format';

export function FitReview(props: { creator: Creator; settings: Settings }) {
  const [error, setError] = useState<string | null>(null);
  const reviewed = props.creator.fitReviewedAt;
  return (
    <div className="mt-2 flex flex-wrap items-center gap-2 text-xs" data-testid="fit-review">
      <span>
        Fit {reviewed === undefined ? 'never reviewed' : `last reviewed ${formatDate(reviewed)}`}; reviewed every {props.settings.fitReviewMonths} months.
      </span>
      <button
        type="button"
        className={buttonClass}
        data-testid="fit-reviewed"
        onClick={() => void markFitReviewed(props.creator.id).catch((e: unknown) => setError(errorMessage(e)))}
      >
        Mark fit reviewed today
      </button>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
