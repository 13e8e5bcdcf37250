/** Milestones worth remembering in the relationship. */
import { useState } from 'react';
import { newId, type Creator } from '../../../lib/domain';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';
import { formatDate } from '../../ui/format';
import { toDateInput, fromDateInput } from '../../ui/date-input';
import { useCreatorSaver } from './use-creator-saver';

export function Milestones(props: { creator: Creator }) {
  const { creator } = props;
  const { error, save } = useCreatorSaver(creator.id);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(toDateInput(Date.now()));
  const sorted = [...creator.milestones].sort((a, b) => b.at - a.at);
  return (
    <div>
      <ul className="space-y-1">
        {sorted.map((m) => (
          <li key={m.id} className="flex items-baseline gap-2 text-xs">
            <time dateTime={new Date(m.at).toISOString()}>{formatDate(m.at)}</time>
            <span className="flex-1">{m.title}</span>
            <button
              type="button"
              className={buttonClass}
              aria-label={`Remove milestone ${m.title}`}
              onClick={() => void save({ milestones: creator.milestones.filter((x) => x.id !== m.id) })}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        className="mt-1 flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          const at = fromDateInput(date);
          if (!title.trim() || at === undefined || !Number.isFinite(at)) return;
          void save({ milestones: [...creator.milestones, { id: newId(), title: title.trim(), at }] }).then(() => setTitle(''));
        }}
      >
        <input
          className={`${inputClass} min-w-0 flex-1`}
          aria-label="Milestone"
          placeholder="e.g. First campaign live"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <input type="date" className={inputClass} aria-label="Milestone date" value={date} onChange={(e) => setDate(e.target.value)} />
        <button type="submit" className={buttonClass}>
          Add
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}
