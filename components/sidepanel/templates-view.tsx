/** Message templates with merge fields. Copying happens from a creator's page; Rapport never sends. */
import { useState } from 'react';
import { MERGE_FIELDS, MERGE_FIELD_LABELS, newId, renderTemplate, type Template } from '../../lib/domain';
import { listTemplates } from '../../lib/db';
import { addStarterTemplates, deleteTemplate, saveTemplate } from '../../lib/use-cases/templates';
import { useDbQuery } from '../ui/use-db-query';
import { EnumSelect } from '../ui/enum-select';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../ui/controls';

const KINDS: Template['kind'][] = ['outreach', 'check-in', 'brief', 'other'];

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
        void saveTemplate(draft).then(
          (result) => (result.ok ? props.onDone() : setError(result.error)),
          (err: unknown) => setError(errorMessage(err)),
        );
      }}
    >
      <div className="flex gap-1">
        <input
          className={`${inputClass} min-w-0 flex-1`}
          aria-label="Template name"
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
        />
        <EnumSelect
          className={inputClass}
          aria-label="Template kind"
          value={draft.kind}
          options={KINDS}
          labels={(k) => k}
          onChange={(kind) => setDraft({ ...draft, kind })}
        />
      </div>
      <textarea
        className={`${inputClass} min-h-24 w-full`}
        aria-label="Template text"
        value={draft.body}
        onChange={(e) => setDraft({ ...draft, body: e.target.value })}
      />
      <p className="text-xs">
        Merge fields:{' '}
        {MERGE_FIELDS.map((f) => (
          <button
            key={f}
            type="button"
            className="mr-1 rounded bg-slate-100 px-1 font-mono dark:bg-slate-700"
            onClick={() => setDraft({ ...draft, body: `${draft.body}{{${f}}}` })}
            title={MERGE_FIELD_LABELS[f]}
          >
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
            <button type="button" className={buttonClass} onClick={() => void addStarterTemplates()}>
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
