/** A campaign's brief and terms, each saved when left: objective, type, status, dates, budget, brief, target segments, owner. */
import {
  CAMPAIGN_STATUSES,
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_TYPES,
  CAMPAIGN_TYPE_LABELS,
  SEGMENTS,
  SEGMENT_LABELS,
  withOptional,
  type Campaign,
} from '../../../lib/domain';
import { EnumSelect } from '../../ui/enum-select';
import { inputClass } from '../../ui/controls';
import { DateField, Field, Grid, NumberField, Part, TextField } from '../../ui/form-fields';

export function CampaignFields(props: { campaign: Campaign; save(next: Campaign): void }) {
  const c = props.campaign;
  const save = props.save;
  return (
    <details className="rounded border border-slate-200 p-2 text-xs dark:border-slate-700" open={c.status === 'planning'}>
      <summary className="cursor-pointer font-semibold">Brief and terms</summary>
      <div className="mt-2 space-y-2">
        <Grid>
          <TextField label="Name" value={c.name} required onCommit={(name) => save({ ...c, name })} />
          <Field label="Status">
            <EnumSelect
              className={inputClass}
              data-testid="campaign-status"
              value={c.status}
              options={CAMPAIGN_STATUSES}
              labels={CAMPAIGN_STATUS_LABELS}
              onChange={(status) => save({ ...c, status })}
            />
          </Field>
          <Field label="Type">
            <EnumSelect
              className={inputClass}
              value={c.type}
              options={CAMPAIGN_TYPES}
              labels={CAMPAIGN_TYPE_LABELS}
              onChange={(type) => save({ ...c, type })}
            />
          </Field>
          <TextField label="Owner" value={c.owner ?? ''} onCommit={(owner) => save(withOptional(c, 'owner', owner || undefined))} />
          <DateField label="Starts" value={c.startsAt} onCommit={(at) => save(withOptional(c, 'startsAt', at))} />
          <DateField label="Ends" value={c.endsAt} onCommit={(at) => save(withOptional(c, 'endsAt', at))} />
          <NumberField
            label="Budget"
            value={c.budget?.amount}
            onCommit={(amount) => save(withOptional(c, 'budget', amount === undefined ? undefined : { amount, currency: c.budget?.currency ?? 'USD' }))}
          />
          <TextField
            label="Budget currency (3 letters)"
            value={c.budget?.currency ?? ''}
            maxLength={3}
            disabled={!c.budget}
            onCommit={(currency) => c.budget && save({ ...c, budget: { ...c.budget, currency: currency.toUpperCase() } })}
          />
        </Grid>
        <TextField label="Objective" value={c.objective} onCommit={(objective) => save({ ...c, objective })} />
        <BriefText campaign={c} save={save} />
        <TextField
          label="Brief link"
          type="url"
          value={c.brief.url ?? ''}
          onCommit={(url) => save({ ...c, brief: withOptional(c.brief, 'url', url || undefined) })}
        />
        <Part title="Target segments">
          <div className="flex flex-wrap gap-2">
            {SEGMENTS.filter((s) => s !== 'unassigned').map((s) => (
              <label key={s} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  checked={c.targetSegments.includes(s)}
                  onChange={(e) => save({ ...c, targetSegments: e.target.checked ? [...c.targetSegments, s] : c.targetSegments.filter((t) => t !== s) })}
                />
                {SEGMENT_LABELS[s]}
              </label>
            ))}
          </div>
        </Part>
      </div>
    </details>
  );
}

/** The brief as text, saved when left (shown as text only, never as HTML). */
function BriefText(props: { campaign: Campaign; save(next: Campaign): void }) {
  const c = props.campaign;
  return (
    <Field label="Brief">
      <textarea
        className={`${inputClass} min-h-16 text-xs`}
        defaultValue={c.brief.text}
        key={c.brief.text}
        maxLength={20_000}
        onBlur={(e) => e.target.value !== c.brief.text && props.save({ ...c, brief: { ...c.brief, text: e.target.value } })}
      />
    </Field>
  );
}
