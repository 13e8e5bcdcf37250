/** A collaboration's deliverables: description, due date, status and published URL, added and removed in place. */
import { useState } from 'react';
import { DELIVERABLE_STATUSES, DELIVERABLE_STATUS_LABELS, newDeliverable, withOptional, type Deliverable } from '../../../lib/domain';
import { EnumSelect } from '../../ui/enum-select';
import { buttonClass, inputClass } from '../../ui/controls';
import { fromDateInput } from '../../ui/date-input';
import { DateField, Field, TextField } from '../../ui/form-fields';

export function DeliverablesEditor(props: { deliverables: Deliverable[]; onChange(next: Deliverable[]): void }) {
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const replace = (id: string, next: Deliverable | null) =>
    props.onChange(next ? props.deliverables.map((d) => (d.id === id ? next : d)) : props.deliverables.filter((d) => d.id !== id));
  return (
    <div>
      {props.deliverables.length > 0 && (
        <ul className="space-y-1" data-testid="deliverables">
          {props.deliverables.map((d) => (
            <li key={d.id} className="flex flex-wrap items-end gap-1" data-testid="deliverable">
              <TextField label="Deliverable" value={d.description} required onCommit={(description) => replace(d.id, { ...d, description })} />
              <DateField label="Due" value={d.dueAt} onCommit={(at) => replace(d.id, withOptional(d, 'dueAt', at))} />
              <Field label="Status">
                <EnumSelect
                  className={inputClass}
                  value={d.status}
                  options={DELIVERABLE_STATUSES}
                  labels={DELIVERABLE_STATUS_LABELS}
                  onChange={(status) => replace(d.id, { ...d, status })}
                />
              </Field>
              <button type="button" className={buttonClass} aria-label={`Remove deliverable ${d.description}`} onClick={() => replace(d.id, null)}>
                Remove
              </button>
              {(d.status === 'published' || d.publishedUrl) && (
                <div className="w-full">
                  <TextField
                    label="Published at (URL)"
                    value={d.publishedUrl ?? ''}
                    type="url"
                    onCommit={(url) => replace(d.id, withOptional(d, 'publishedUrl', url || undefined))}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      <form
        className="mt-1 flex flex-wrap items-end gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (!description.trim()) return;
          props.onChange([...props.deliverables, newDeliverable(description, fromDateInput(due))]);
          setDescription('');
          setDue('');
        }}
      >
        <input
          className={`${inputClass} min-w-0 flex-1 text-xs`}
          aria-label="New deliverable"
          placeholder="e.g. 1 reel + 3 stories"
          data-testid="new-deliverable"
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <input
          type="date"
          className={`${inputClass} text-xs`}
          aria-label="New deliverable due date"
          data-testid="new-deliverable-due"
          value={due}
          onChange={(e) => setDue(e.target.value)}
        />
        <button type="submit" className={buttonClass} data-testid="add-deliverable">
          Add deliverable
        </button>
      </form>
    </div>
  );
}

// ---------------------------------------------------------------- small field pieces
