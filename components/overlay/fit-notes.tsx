/** Fit notes, edited in place and saved as you type. */
import { useEffect, useRef, useState } from 'react';
import { editCreator } from '../../lib/use-cases/creators';
import type { Creator } from '../../lib/domain';
import { useAutosave } from './use-autosave';

const STATUS_TEXT = { idle: '', pending: 'Editing…', saving: 'Saving…', saved: 'Saved', error: 'Not saved' } as const;

export function FitNotes(props: { creator: Creator }) {
  const { creator } = props;
  const [draft, setDraft] = useState(creator.fit.notes);
  const editing = useRef(false);
  // The latest stored fit, so a save keeps rubric scores changed elsewhere meanwhile.
  const fitRef = useRef(creator.fit);
  fitRef.current = creator.fit;
  const autosave = useAutosave((notes) => editCreator(creator.id, { fit: { ...fitRef.current, notes } }));

  // Follow edits made elsewhere (side panel, another tab) unless the user is typing here.
  useEffect(() => {
    if (!editing.current && autosave.status !== 'pending' && autosave.status !== 'saving') setDraft(creator.fit.notes);
  }, [creator.fit.notes, autosave.status]);

  return (
    <label className="block">
      <span className="flex justify-between text-slate-500 dark:text-slate-400">
        <span>Fit notes</span>
        <span data-testid="overlay-fit-notes-status" data-status={autosave.status} aria-live="polite">
          {autosave.error ? `Not saved: ${autosave.error}` : STATUS_TEXT[autosave.status]}
        </span>
      </span>
      <textarea
        data-testid="overlay-fit-notes"
        value={draft}
        rows={3}
        maxLength={20_000}
        placeholder="Audience, content, values, red flags…"
        onFocus={() => (editing.current = true)}
        onBlur={() => {
          editing.current = false;
          autosave.flush();
        }}
        onChange={(e) => {
          setDraft(e.target.value);
          autosave.change(e.target.value);
        }}
        className="mt-0.5 block w-full resize-y rounded border border-slate-300 bg-white p-1.5 text-xs dark:border-slate-600 dark:bg-slate-800"
      />
    </label>
  );
}
