/**
 * How to reach the creator: emails, phone, agent, location, languages, rate card
 * and preferred channel, plus the custom fields kept from imports. The parsing
 * and the plain-words problems come from lib/domain/contact; this form only
 * shows them next to the field they concern.
 */
import { useId, useState } from 'react';
import {
  CHANNELS,
  CHANNEL_LABELS,
  CONTACT_FIELD_LABELS,
  contactFromDraft,
  contactToDraft,
  type ContactDraft,
  type ContactDraftField,
  type Creator,
} from '../../../lib/domain';
import { OptionalEnumSelect } from '../../ui/enum-select';
import { ErrorNote, buttonClass, inputClass } from '../../ui/controls';
import { useCreatorSaver } from './use-creator-saver';

const FIELDS: { field: ContactDraftField; hint?: string; multiline?: boolean; type?: string }[] = [
  { field: 'emails', hint: 'Separate several with commas', type: 'text' },
  { field: 'phone', type: 'tel' },
  { field: 'agentName' },
  { field: 'agentEmail', type: 'email' },
  { field: 'location', hint: 'City or region' },
  { field: 'country' },
  { field: 'languages', hint: 'Separate with commas' },
  { field: 'rateCard', hint: 'One rate per line, e.g. "Reel: 500 EUR"', multiline: true },
];

export function ContactForm(props: { creator: Creator }) {
  const { creator } = props;
  const { error, savedAt, save } = useCreatorSaver(creator.id);
  const [draft, setDraft] = useState<ContactDraft>(() => contactToDraft(creator.contact));
  const [problems, setProblems] = useState<Partial<Record<ContactDraftField, string>>>({});
  const idBase = useId();
  return (
    <div className="space-y-2">
      <form
        className="space-y-2"
        aria-label="Contact details"
        onSubmit={(e) => {
          e.preventDefault();
          const result = contactFromDraft(draft);
          if (!result.ok) return setProblems(result.problems);
          setProblems({});
          void save({ contact: result.contact });
        }}
      >
        <div className="grid grid-cols-2 gap-2">
          {FIELDS.map(({ field, hint, multiline, type }) => {
            const problemId = `${idBase}-${field}-problem`;
            const common = {
              className: `${inputClass}${multiline ? ' min-h-16' : ''}`,
              value: draft[field],
              'aria-invalid': problems[field] ? true : undefined,
              'aria-describedby': problems[field] ? problemId : undefined,
              'data-testid': `contact-${field}`,
            };
            return (
              <label key={field} className={`flex flex-col gap-0.5${multiline || field === 'emails' ? ' col-span-2' : ''}`}>
                <span className="text-xs font-semibold">{CONTACT_FIELD_LABELS[field]}</span>
                {multiline ? (
                  <textarea {...common} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
                ) : (
                  <input {...common} type={type ?? 'text'} onChange={(e) => setDraft({ ...draft, [field]: e.target.value })} />
                )}
                {hint && !problems[field] && <span className="text-xs text-slate-600 dark:text-slate-400">{hint}</span>}
                {problems[field] && (
                  <span id={problemId} className="text-xs text-rose-700 dark:text-rose-400">
                    {problems[field]}
                  </span>
                )}
              </label>
            );
          })}
        </div>
        <button type="submit" className={buttonClass} data-testid="contact-save">
          Save contact
        </button>
        {savedAt && (
          <span className="ml-2 text-xs" role="status">
            Saved
          </span>
        )}
        {error && <ErrorNote>{error}</ErrorNote>}
      </form>
      <PreferredChannel creator={creator} />
      <CustomFieldsList creator={creator} />
    </div>
  );
}

/** Saved on change, from the stored preferences, so it never overwrites what the preferences form saved. */
function PreferredChannel(props: { creator: Creator }) {
  const { creator } = props;
  const { error, save } = useCreatorSaver(creator.id);
  return (
    <label className="flex flex-col gap-0.5">
      <span className="text-xs font-semibold">Preferred channel</span>
      <OptionalEnumSelect
        className={inputClass}
        value={creator.preferences.preferredChannel ?? ''}
        options={CHANNELS}
        labels={CHANNEL_LABELS}
        emptyLabel="No preference"
        data-testid="contact-preferredChannel"
        onChange={(channel) => {
          const { preferredChannel: _old, ...rest } = creator.preferences;
          void save({ preferences: channel ? { ...rest, preferredChannel: channel } : rest });
        }}
      />
      {error && <ErrorNote>{error}</ErrorNote>}
    </label>
  );
}

/** Columns kept from an import: each value editable (saved on leaving it) or removed. */
function CustomFieldsList(props: { creator: Creator }) {
  const { creator } = props;
  const { error, save } = useCreatorSaver(creator.id);
  const fields = Object.entries(creator.customFields ?? {});
  if (fields.length === 0) return null;
  const saveFields = (next: Record<string, string>) => void save({ customFields: Object.keys(next).length ? next : undefined });
  return (
    <fieldset className="space-y-1" data-testid="custom-fields">
      <legend className="text-xs font-semibold">Custom fields (kept from imports)</legend>
      {fields.map(([name, value]) => (
        <div key={`${name}:${value}`} className="flex items-center gap-1 text-xs">
          <label className="flex min-w-0 flex-1 items-center gap-1">
            <span className="w-28 shrink-0 truncate" title={name}>
              {name}
            </span>
            <input
              className={`${inputClass} min-w-0 flex-1`}
              defaultValue={value}
              maxLength={2000}
              onBlur={(e) => {
                if (e.target.value === value) return;
                // Emptying a value removes the field rather than keeping an empty one.
                const { [name]: _old, ...rest } = creator.customFields ?? {};
                saveFields(e.target.value ? { ...rest, [name]: e.target.value } : rest);
              }}
            />
          </label>
          <button
            type="button"
            className={buttonClass}
            aria-label={`Remove custom field ${name}`}
            onClick={() => {
              const { [name]: _removed, ...rest } = creator.customFields ?? {};
              saveFields(rest);
            }}
          >
            ✕
          </button>
        </div>
      ))}
      {error && <ErrorNote>{error}</ErrorNote>}
    </fieldset>
  );
}
