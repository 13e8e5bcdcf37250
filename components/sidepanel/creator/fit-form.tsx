/** The fit rubric and fit notes. */
import { useState } from 'react';
import { FIT_CRITERIA, FIT_CRITERION_LABELS, fitScore, type Creator, type FitRubric } from '../../../lib/domain';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';
import { useCreatorSaver } from './use-creator-saver';

export function FitForm(props: { creator: Creator }) {
  const { creator } = props;
  const { error, savedAt, save } = useCreatorSaver(creator.id);
  const [notes, setNotes] = useState(creator.fit.notes);
  const [rubric, setRubric] = useState<FitRubric>(creator.fit.rubric);
  const score = fitScore(rubric);
  return (
    <form
      className="space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void save({ fit: { notes, rubric } });
      }}
    >
      <div className="grid grid-cols-2 gap-1">
        {FIT_CRITERIA.map((c) => (
          <label key={c} className="flex items-center justify-between gap-1 text-xs">
            {FIT_CRITERION_LABELS[c]}
            <select
              className={inputClass}
              value={rubric[c] ?? ''}
              onChange={(e) => {
                const { [c]: _old, ...rest } = rubric;
                setRubric(e.target.value ? { ...rest, [c]: Number(e.target.value) } : rest);
              }}
            >
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="text-xs">Fit score: {score === null ? 'not scored' : `${score}/100`}</p>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Fit notes</span>
        <textarea className={`${inputClass} min-h-20`} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      <button type="submit" className={buttonClass}>
        Save fit
      </button>
      {savedAt && (
        <span className="ml-2 text-xs" role="status">
          Saved
        </span>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
    </form>
  );
}
