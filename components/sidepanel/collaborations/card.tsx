/** One collaboration, every field saved on leaving it: status, dates, deliverables, compensation, usage rights, exclusivity, disclosure, performance. */
import {
  COLLABORATION_STATUSES,
  COLLABORATION_STATUS_LABELS,
  nextDeliverable,
  withCash,
  withCollaborationStatus,
  withExclusivity,
  withOptional,
  withUsageRights,
  type Collaboration,
  type Performance,
} from '../../../lib/domain';
import { EnumSelect } from '../../ui/enum-select';
import { buttonClass, inputClass } from '../../ui/controls';
import { formatDate } from '../../ui/format';
import { DateField, Field, Grid, NumberField, Part, TextField } from '../../ui/form-fields';
import { DeliverablesEditor } from './deliverables';

export const PERFORMANCE_FIELDS: { key: keyof Performance; label: string }[] = [
  { key: 'reach', label: 'Reach' },
  { key: 'impressions', label: 'Impressions' },
  { key: 'engagements', label: 'Engagements' },
  { key: 'clicks', label: 'Clicks' },
  { key: 'conversions', label: 'Conversions' },
  { key: 'revenue', label: 'Revenue' },
];

export function CollaborationCard(props: {
  collab: Collaboration;
  save(next: Collaboration): Promise<boolean>;
  remove(): void;
  /** In a team: member names (who last changed it). */
  nameOf?: (memberId: string | undefined) => string | undefined;
  /** The campaign it is part of, if any. */
  campaignName?: string | undefined;
}) {
  const c = props.collab;
  const save = (next: Collaboration) => void props.save(next);
  const next = nextDeliverable(c);
  return (
    <details className="rounded border border-slate-200 p-2 text-xs dark:border-slate-700" data-testid="collaboration" data-collaboration-id={c.id}>
      <summary className="cursor-pointer">
        <span className="font-semibold">{c.title}</span> · {COLLABORATION_STATUS_LABELS[c.status]}
        {props.campaignName && <span data-testid="collaboration-campaign"> · in campaign {props.campaignName}</span>}
        {next?.dueAt !== undefined && <span data-testid="collaboration-next"> · next due {formatDate(next.dueAt)}</span>}
        {props.nameOf?.(c.updatedById) && <span data-testid="collaboration-edited-by"> · last changed by {props.nameOf(c.updatedById)}</span>}
      </summary>
      <div className="mt-2 space-y-3">
        {c.status === 'completed' && c.briefAdherence === undefined && (
          <p className="rounded bg-indigo-50 p-1 dark:bg-indigo-950" data-testid="collaboration-rate-prompt">
            Done: how closely did the content follow the brief? Rate it under “Brief adherence” (it counts in relationship health).
          </p>
        )}
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
            <TextField
              label="Product"
              value={c.compensation.product ?? ''}
              onCommit={(text) => save({ ...c, compensation: withOptional(c.compensation, 'product', text || undefined) })}
            />
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
              <input
                type="checkbox"
                checked={c.disclosure.required}
                onChange={(e) => save({ ...c, disclosure: { ...c.disclosure, required: e.target.checked } })}
              />
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
            <TextField
              label="How (e.g. #ad, paid partnership label)"
              value={c.disclosure.method ?? ''}
              onCommit={(text) => save({ ...c, disclosure: withOptional(c.disclosure, 'method', text || undefined) })}
            />
          </div>
        </Part>

        <Part title="Performance">
          <Grid>
            {PERFORMANCE_FIELDS.map(({ key, label }) => (
              <NumberField
                key={key}
                label={label}
                value={c.performance[key]}
                onCommit={(n) => save({ ...c, performance: withOptional(c.performance, key, n) })}
              />
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
