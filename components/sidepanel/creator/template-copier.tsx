/** Copy a template filled in for this creator (Rapport never sends messages). */
import { useState } from 'react';
import { mergeValuesFor, renderTemplate, type Collaboration, type Creator } from '../../../lib/domain';
import { listTemplates } from '../../../lib/db';
import { useDbQuery } from '../../ui/use-db-query';
import { buttonClass, errorMessage, inputClass } from '../../ui/controls';

export function TemplateCopier(props: { creator: Creator; collabs: Collaboration[] }) {
  const templatesQ = useDbQuery(() => listTemplates(), ['templates'], []);
  const [chosen, setChosen] = useState('');
  const [status, setStatus] = useState('');
  const templates = templatesQ.status === 'ready' ? templatesQ.data.records : [];
  const template = templates.find((t) => t.id === chosen);
  const rendered = template ? renderTemplate(template.body, mergeValuesFor(props.creator, props.collabs)) : null;
  if (templates.length === 0) return null;
  return (
    <div className="mx-3 mb-2 space-y-1 text-sm">
      <label className="flex items-center gap-1">
        <span className="text-xs font-semibold">Template</span>
        <select
          className={`${inputClass} min-w-0 flex-1`}
          value={chosen}
          onChange={(e) => {
            setChosen(e.target.value);
            setStatus('');
          }}
        >
          <option value="">Choose a message template…</option>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name} ({t.kind})
            </option>
          ))}
        </select>
      </label>
      {rendered && (
        <>
          <p className="whitespace-pre-wrap rounded bg-slate-50 p-2 text-xs dark:bg-slate-900" data-testid="template-preview">
            {rendered.text}
          </p>
          {rendered.missing.length > 0 && (
            <p className="text-xs text-amber-800 dark:text-amber-300">No value for: {rendered.missing.join(', ')}. Fill them in before sending.</p>
          )}
          <button
            type="button"
            className={buttonClass}
            onClick={() =>
              void navigator.clipboard.writeText(rendered.text).then(
                () => setStatus('Copied. Paste it into the conversation on the platform and send it yourself.'),
                (e: unknown) => setStatus(`Could not copy: ${errorMessage(e)}`),
              )
            }
          >
            Copy to clipboard
          </button>
          <span role="status" className="ml-2 text-xs">
            {status}
          </span>
        </>
      )}
    </div>
  );
}
