/** Message templates with merge fields. Copying happens from a creator's page; Rapport never sends. */
import { useState } from 'react';
import { MERGE_FIELDS, MERGE_FIELD_LABELS, TemplateSchema, newId, renderTemplate, type Template } from '../../lib/domain';
import { deleteTemplate, listTemplates, saveTemplate } from '../../lib/db';
import { useDbQuery } from '../ui/use-db-query';
import { EnumSelect } from '../ui/enum-select';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from './ui';

const KINDS: Template['kind'][] = ['outreach', 'check-in', 'brief', 'other'];

const STARTERS: Pick<Template, 'name' | 'kind' | 'body'>[] = [
  { name: 'First outreach', kind: 'outreach', body: 'Hi {{firstName}}! I loved your recent posts as {{handle}}. We think your audience would enjoy what we are building. Would you be open to a short chat about a collaboration? — {{owner}}' },
  { name: 'Light check-in', kind: 'check-in', body: 'Hi {{firstName}}, just checking in! Since {{lastCollaboration}} we have some news we would love to share early with you. No pressure at all. — {{owner}}' },
  { name: 'Brief', kind: 'brief', body: 'Hi {{firstName}}, here is the brief for our next piece together. Goal: … Key message: … Timeline: … You keep full creative freedom on format and voice. — {{owner}}' },
];

const SAMPLE = { firstName: 'Ana', handle: '@ana.travels', lastCollaboration: 'Spring launch', owner: 'Dana' };

function TemplateEditor(props: { template: Template; onDone(): void }) {
  const [draft, setDraft] = useState(props.template);
  const [error, setError] = useState<string | null>(null);
  const preview = renderTemplate(draft.body, SAMPLE);
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        const parsed = TemplateSchema.safeParse({ ...draft, name: draft.name.trim(), updatedAt: Date.now() });
        if (!parsed.success || !parsed.data.name) {
          setError(parsed.success ? 'Give the template a name.' : (parsed.error.issues[0]?.message ?? 'Invalid template'));
          return;
        }
        void saveTemplate(parsed.data).then(props.onDone, (err: unknown) => setError(errorMessage(err)));
      }}
    >
      <div className="flex gap-1">
        <input className={`${inputClass} min-w-0 flex-1`} aria-label="Template name" value={draft.name} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
        <EnumSelect className={inputClass} aria-label="Template kind" value={draft.kind} options={KINDS} labels={(k) => k} onChange={(kind) => setDraft({ ...draft, kind })} />
      </div>
      <textarea className={`${inputClass} min-h-24 w-full`} aria-label="Template text" value={draft.body} onChange={(e) => setDraft({ ...draft, body: e.target.value })} />
      <p className="text-xs">
        Merge fields:{' '}
        {MERGE_FIELDS.map((f) => (
          <button key={f} type="button" className="mr-1 rounded bg-slate-100 px-1 font-mono dark:bg-slate-700" onClick={() => setDraft({ ...draft, body: `${draft.body}{{${f}}}` })} title={MERGE_FIELD_LABELS[f]}>
            {`{{${f}}}`}
          </button>
        ))}
      </p>
      {preview.unknown.length > 0 && <p className="text-xs text-amber-800 dark:text-amber-300">Not a merge field: {preview.unknown.join(', ')}</p>}
      <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs dark:bg-slate-900">{preview.text}</p>
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="flex gap-1">
        <button type="submit" className={primaryButtonClass}>
          Save template
        </button>
        <button type="button" className={buttonClass} onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

export function TemplatesView() {
  const templates = useDbQuery(() => listTemplates(), ['templates'], []);
  const [editing, setEditing] = useState<Template | null>(null);
  const list = templates.status === 'ready' ? [...templates.data.records].sort((a, b) => a.name.localeCompare(b.name)) : [];
  const blank = (): Template => ({ id: newId(), name: '', kind: 'outreach', body: '', createdAt: Date.now(), updatedAt: Date.now() });
  return (
    <section aria-label="Templates" className="min-h-0 flex-1 space-y-2 overflow-auto p-3 text-sm">
      <p className="text-xs text-slate-600 dark:text-slate-300">
        Write a message once, then copy it for any creator from their page with names filled in. You send it yourself on the platform: Rapport never sends
        messages.
      </p>
      {editing ? (
        <TemplateEditor template={editing} onDone={() => setEditing(null)} />
      ) : (
        <div className="flex gap-1">
          <button type="button" className={primaryButtonClass} onClick={() => setEditing(blank())}>
            New template
          </button>
          {templates.status === 'ready' && list.length === 0 && (
            <button
              type="button"
              className={buttonClass}
              onClick={() => void Promise.all(STARTERS.map((s) => saveTemplate({ ...blank(), ...s })))}
            >
              Add starter templates
            </button>
          )}
        </div>
      )}
      <ul className="space-y-2">
        {list.map((t) => (
          <li key={t.id} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            <div className="flex items-center gap-1">
              <span className="flex-1 font-medium">{t.name}</span>
              <span className="text-xs">{t.kind}</span>
              <button type="button" className={buttonClass} onClick={() => setEditing(t)}>
                Edit
              </button>
              <button type="button" className={buttonClass} onClick={() => void deleteTemplate(t.id)} aria-label={`Delete template ${t.name}`}>
                ✕
              </button>
            </div>
            <p className="mt-1 line-clamp-3 whitespace-pre-wrap text-xs text-slate-700 dark:text-slate-300">{t.body}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
