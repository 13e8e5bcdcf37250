/** Every touch with the creator, newest first, filterable, each editable or deletable. */
import { useState } from 'react';
import { CHANNEL_LABELS, INTERACTION_KINDS, KIND_LABELS, OUTREACH_LABELS, type Interaction, type InteractionKind } from '../../../lib/domain';
import { deleteTouch } from '../../../lib/use-cases/touches';
import { ErrorNote, buttonClass, errorMessage, inputClass } from '../../ui/controls';
import { formatDateTime } from '../../ui/format';
import { OptionalEnumSelect } from '../../ui/enum-select';
import { EditTouch } from './edit-touch';
import { TouchSignals } from './touch-signals';

export function Timeline(props: { touches: Interaction[]; nameOf?: (memberId: string | undefined) => string | undefined }) {
  const [kind, setKind] = useState<InteractionKind | ''>('');
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = kind ? props.touches.filter((t) => t.kind === kind) : props.touches;
  return (
    <div>
      <label className="flex items-center gap-1 text-xs">
        Show
        <OptionalEnumSelect
          className={inputClass}
          value={kind}
          options={INTERACTION_KINDS}
          labels={KIND_LABELS}
          emptyLabel="All kinds"
          onChange={setKind}
          aria-label="Filter the timeline by kind"
        />
      </label>
      {error && <ErrorNote>{error}</ErrorNote>}
      {shown.length === 0 && (
        <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
          No touches logged yet. Press “Log touch” (or l in the roster) after each DM, email or call.
        </p>
      )}
      <ol className="mt-2 space-y-2">
        {shown.map((t) => (
          <li key={t.id} data-testid="timeline-item" data-kind={t.kind} className="rounded border border-slate-200 p-2 dark:border-slate-700">
            {editing === t.id ? (
              <EditTouch touch={t} onDone={() => setEditing(null)} onError={setError} />
            ) : (
              <>
                <div className="flex flex-wrap items-baseline gap-x-2 text-xs">
                  <span className="font-semibold">{t.direction === 'outbound' ? '→ We' : '← They'}</span>
                  {props.nameOf?.(t.authorId) && <span data-testid="timeline-author">logged by {props.nameOf(t.authorId)}</span>}
                  <span>{KIND_LABELS[t.kind]}</span>
                  <span>· {CHANNEL_LABELS[t.channel]}</span>
                  <time className="ml-auto text-slate-600 dark:text-slate-400" dateTime={new Date(t.occurredAt).toISOString()}>
                    {formatDateTime(t.occurredAt)}
                  </time>
                </div>
                <p className="mt-1 whitespace-pre-wrap text-sm" data-testid="timeline-summary">
                  {t.summary || <span className="italic text-slate-600 dark:text-slate-400">Touch logged (no message text stored)</span>}
                </p>
                {t.outreachStatusChange && <p className="text-xs">Outreach → {OUTREACH_LABELS[t.outreachStatusChange]}</p>}
                <TouchSignals touch={t} onError={setError} />
                <div className="mt-1 flex gap-1">
                  <button type="button" className={buttonClass} onClick={() => setEditing(t.id)}>
                    Edit
                  </button>
                  {confirming === t.id ? (
                    <>
                      <button
                        type="button"
                        className={buttonClass}
                        onClick={() => {
                          setConfirming(null);
                          void deleteTouch(t.id).catch((e: unknown) => setError(`Not deleted: ${errorMessage(e)}`));
                        }}
                      >
                        Yes, delete
                      </button>
                      <button type="button" className={buttonClass} onClick={() => setConfirming(null)}>
                        Keep
                      </button>
                    </>
                  ) : (
                    <button type="button" className={buttonClass} onClick={() => setConfirming(t.id)}>
                      Delete
                    </button>
                  )}
                </div>
              </>
            )}
          </li>
        ))}
      </ol>
    </div>
  );
}
