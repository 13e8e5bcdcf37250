/**
 * A creator's collaborations in the side panel: what was agreed (deliverables,
 * compensation, usage rights, exclusivity, disclosure, contract dates) and how
 * it went (status, brief adherence, performance). Every field saves as soon as
 * it is left; lib/db validates the record and keeps reminders and health in step.
 */
import { useState } from 'react';
import {
  COLLABORATION_STATUSES,
  COLLABORATION_STATUS_LABELS,
  DELIVERABLE_STATUSES,
  DELIVERABLE_STATUS_LABELS,
  newCollaboration,
  newDeliverable,
  nextDeliverable,
  withCash,
  withCollaborationStatus,
  withExclusivity,
  withOptional,
  withUsageRights,
  type Collaboration,
  type Deliverable,
  type Performance,
} from '../../lib/domain';
import { deleteCollaboration, saveCollaboration } from '../../lib/use-cases/collaborations';
import { EnumSelect } from '../ui/enum-select';
import { ErrorNote, buttonClass, errorMessage, inputClass } from '../ui/controls';
import { formatDate } from '../ui/format';
import { fromDateInput } from '../ui/date-input';
import { DateField, Field, Grid, NumberField, Part, TextField } from '../ui/form-fields';

const PERFORMANCE_FIELDS: { key: keyof Performance; label: string }[] = [
  { key: 'reach', label: 'Reach' },
  { key: 'impressions', label: 'Impressions' },
  { key: 'engagements', label: 'Engagements' },
  { key: 'clicks', label: 'Clicks' },
  { key: 'conversions', label: 'Conversions' },
  { key: 'revenue', label: 'Revenue' },
];

export function Collaborations(props: { creatorId: string; collabs: Collaboration[] }) {
  const [error, setError] = useState<string | null>(null);
  const [title, setTitle] = useState('');
  async function save(next: Collaboration): Promise<boolean> {
    setError(null);
    try {
      await saveCollaboration(next);
      return true;
    } catch (e) {
      setError(`Not saved: ${errorMessage(e)}`);
      return false;
    }
  }
  return (
    <div>
      <ul className="space-y-2">
        {props.collabs.map((c) => (
          <li key={c.id}>
            <CollaborationCard
              collab={c}
              save={save}
              remove={() => void deleteCollaboration(c.id).catch((e: unknown) => setError(`Not deleted: ${errorMessage(e)}`))}
            />
          </li>
        ))}
      </ul>
      <form
        className="mt-2 flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          if (!title.trim()) return;
          void save(newCollaboration(props.creatorId, title, Date.now())).then((ok) => ok && setTitle(''));
        }}
      >
        <input className={`${inputClass} min-w-0 flex-1`} aria-label="New collaboration title" placeholder="e.g. Spring launch" value={title} onChange={(e) => setTitle(e.target.value)} />
        <button type="submit" className={buttonClass}>
          Add collaboration
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
    </div>
  );
}

function CollaborationCard(props: { collab: Collaboration; save(next: Collaboration): Promise<boolean>; remove(): void }) {
  const c = props.collab;
  const save = (next: Collaboration) => void props.save(next);
  const next = nextDeliverable(c);
  return (
    <details className="rounded border border-slate-200 p-2 text-xs dark:border-slate-700" data-testid="collaboration" data-collaboration-id={c.id}>
      <summary className="cursor-pointer">
        <span className="font-semibold">{c.title}</span> · {COLLABORATION_STATUS_LABELS[c.status]}
        {next?.dueAt !== undefined && <span data-testid="collaboration-next"> · next due {formatDate(next.dueAt)}</span>}
      </summary>
      <div className="mt-2 space-y-3">
        <Grid>
          <Field label="Status">
            <EnumSelect
              className={inputClass}
              value={c.status}
              options={COLLABORATION_STATUSES}
              labels={COLLABORATION_STATUS_LABELS}
              data-testid="collaboration-status"
              onChange={(status) => save(withCollaborationStatus(c, status, Date.now()))}
            />
          </Field>
          <Field label="Brief adherence">
            <select
              className={inputClass}
              value={c.briefAdherence ?? ''}
              onChange={(e) => {
                const score = [1, 2, 3, 4, 5].find((n) => String(n) === e.target.value);
                save(withOptional(c, 'briefAdherence', score));
              }}
            >
              <option value="">—</option>
              {[1, 2, 3, 4, 5].map((n) => (
                <option key={n} value={n}>
                  {n}/5
                </option>
              ))}
            </select>
          </Field>
          <DateField label="Contract ends" value={c.contractEndsAt} onCommit={(at) => save(withOptional(c, 'contractEndsAt', at))} />
          <DateField label="Renewal review" value={c.renewalReviewAt} onCommit={(at) => save(withOptional(c, 'renewalReviewAt', at))} />
        </Grid>

        <Part title="Deliverables">
          <DeliverablesEditor deliverables={c.deliverables} onChange={(deliverables) => save({ ...c, deliverables })} />
        </Part>

        <Part title="Compensation">
          <Grid>
            <NumberField label="Cash amount" value={c.compensation.cash?.amount} onCommit={(amount) => save(withCash(c, { amount }))} />
            <TextField
              label="Currency (3 letters)"
              value={c.compensation.cash?.currency ?? ''}
              maxLength={3}
              disabled={!c.compensation.cash}
              onCommit={(currency) => save(withCash(c, { currency }))}
            />
            <TextField label="Product" value={c.compensation.product ?? ''} onCommit={(text) => save({ ...c, compensation: withOptional(c.compensation, 'product', text || undefined) })} />
            <TextField
              label="Performance terms"
              value={c.compensation.performance ?? ''}
              onCommit={(text) => save({ ...c, compensation: withOptional(c.compensation, 'performance', text || undefined) })}
            />
          </Grid>
        </Part>

        <Part title="Usage rights and exclusivity">
          <Grid>
            <TextField label="Usage rights scope" value={c.usageRights?.scope ?? ''} onCommit={(scope) => save(withUsageRights(c, { scope }))} />
            <DateField label="Usage rights end" value={c.usageRights?.endsAt} onCommit={(endsAt) => save(withUsageRights(c, { endsAt }))} />
            <TextField label="Exclusive category" value={c.exclusivity?.category ?? ''} onCommit={(category) => save(withExclusivity(c, { category }))} />
            <DateField label="Exclusivity ends" value={c.exclusivity?.endsAt} onCommit={(endsAt) => save(withExclusivity(c, { endsAt }))} />
          </Grid>
        </Part>

        <Part title="Disclosure">
          <div className="flex flex-wrap items-center gap-3">
            <label className="flex items-center gap-1">
              <input type="checkbox" checked={c.disclosure.required} onChange={(e) => save({ ...c, disclosure: { ...c.disclosure, required: e.target.checked } })} />
              Required
            </label>
            <label className="flex items-center gap-1">
              <input
                type="checkbox"
                data-testid="disclosure-confirmed"
                checked={c.disclosure.confirmed}
                onChange={(e) => save({ ...c, disclosure: { ...c.disclosure, confirmed: e.target.checked } })}
              />
              Confirmed in the content
            </label>
            <TextField label="How (e.g. #ad, paid partnership label)" value={c.disclosure.method ?? ''} onCommit={(text) => save({ ...c, disclosure: withOptional(c.disclosure, 'method', text || undefined) })} />
          </div>
        </Part>

        <Part title="Performance">
          <Grid>
            {PERFORMANCE_FIELDS.map(({ key, label }) => (
              <NumberField key={key} label={label} value={c.performance[key]} onCommit={(n) => save({ ...c, performance: withOptional(c.performance, key, n) })} />
            ))}
          </Grid>
        </Part>

        <button type="button" className={buttonClass} onClick={props.remove}>
          Delete collaboration
        </button>
      </div>
    </details>
  );
}

function DeliverablesEditor(props: { deliverables: Deliverable[]; onChange(next: Deliverable[]): void }) {
  const [description, setDescription] = useState('');
  const [due, setDue] = useState('');
  const replace = (id: string, next: Deliverable | null) =>
    props.onChange(next ? props.deliverables.map((d) => (d.id === id ? next : d)) : props.deliverables.filter((d) => d.id !== id));
  return (
    <div>
      {props.deliverables.length > 0 && (
        <ul className="space-y-1" data-testid="deliverables">
          {props.deliverables.map((d) => (
            <li key={d.id} className="grid grid-cols-[1fr_auto_auto_auto] items-end gap-1" data-testid="deliverable">
              <TextField label="Deliverable" value={d.description} required onCommit={(description) => replace(d.id, { ...d, description })} />
              <DateField label="Due" value={d.dueAt} onCommit={(at) => replace(d.id, withOptional(d, 'dueAt', at))} />
              <Field label="Status">
                <EnumSelect className={inputClass} value={d.status} options={DELIVERABLE_STATUSES} labels={DELIVERABLE_STATUS_LABELS} onChange={(status) => replace(d.id, { ...d, status })} />
              </Field>
              <button type="button" className={buttonClass} aria-label={`Remove deliverable ${d.description}`} onClick={() => replace(d.id, null)}>
                Remove
              </button>
              {(d.status === 'published' || d.publishedUrl) && (
                <div className="col-span-4">
                  <TextField label="Published at (URL)" value={d.publishedUrl ?? ''} type="url" onCommit={(url) => replace(d.id, withOptional(d, 'publishedUrl', url || undefined))} />
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
        <input type="date" className={`${inputClass} text-xs`} aria-label="New deliverable due date" data-testid="new-deliverable-due" value={due} onChange={(e) => setDue(e.target.value)} />
        <button type="submit" className={buttonClass} data-testid="add-deliverable">
          Add deliverable
        </button>
      </form>
    </div>
  );
}

// ---------------------------------------------------------------- small field pieces
