/**
 * Keep warm: pick a segment and a message (update, preview, early access, check-in),
 * then go through the segment's creators who have no live campaign, one at a time:
 * copy the message, send it on the platform, log the touch, next (or skip).
 * A queue worked by hand: Rapport never sends anything itself.
 */
import { useEffect, useState } from 'react';
import { KEEP_WARM_KINDS, KEEP_WARM_TEMPLATES, SEGMENTS, SEGMENT_LABELS, type Creator, type KeepWarmKind, type Segment } from '../../../lib/domain';
import { keepWarmMessage, loadKeepWarmQueue, logKeepWarmTouch } from '../../../lib/use-cases/keep-warm';
import { EnumSelect } from '../../ui/enum-select';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { formatDate } from '../../ui/format';

const KIND_LABELS = Object.fromEntries(KEEP_WARM_KINDS.map((k) => [k, KEEP_WARM_TEMPLATES[k].label])) as Record<KeepWarmKind, string>;

export function KeepWarm(props: { onBack(): void }) {
  const [segment, setSegment] = useState<Segment>('community-advocate');
  const [kind, setKind] = useState<KeepWarmKind>('check-in');
  const [queue, setQueue] = useState<Creator[] | null>(null);
  const [at, setAt] = useState(0);
  const [logged, setLogged] = useState(0);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | null>(null);
  const current = queue?.[at];

  useEffect(() => {
    if (!current) return;
    let live = true;
    keepWarmMessage(current, kind).then(
      (text) => live && setMessage(text),
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [current, kind]);

  const start = () => {
    setError(null);
    loadKeepWarmQueue(segment).then(
      (found) => (setQueue(found), setAt(0), setLogged(0)),
      (e: unknown) => setError(errorMessage(e)),
    );
  };

  return (
    <section aria-label="Keep warm" className="min-h-0 flex-1 space-y-3 overflow-auto p-3 text-sm" data-testid="keep-warm">
      <button type="button" className={buttonClass} onClick={props.onBack}>
        ← Campaigns
      </button>
      <h2 className="font-semibold">Keep relationships warm between campaigns</h2>
      <div className="flex flex-wrap items-end gap-1 text-xs">
        <label className="flex flex-col">
          Segment
          <EnumSelect className={inputClass} data-testid="keep-warm-segment" value={segment} options={SEGMENTS} labels={SEGMENT_LABELS} onChange={setSegment} />
        </label>
        <label className="flex flex-col">
          Message
          <EnumSelect className={inputClass} data-testid="keep-warm-kind" value={kind} options={KEEP_WARM_KINDS} labels={KIND_LABELS} onChange={setKind} />
        </label>
        <button type="button" className={primaryButtonClass} data-testid="keep-warm-start" onClick={start}>
          Start the queue
        </button>
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      {queue && !current && (
        <p data-testid="keep-warm-done">
          {queue.length === 0 ? 'Everyone in this segment is in a live campaign, or may not be contacted.' : `Queue done: ${logged} touch(es) logged.`}
        </p>
      )}
      {queue && current && (
        <div className="space-y-2 rounded border border-slate-200 p-2 dark:border-slate-700" data-testid="keep-warm-current">
          <p className="text-xs">
            {at + 1} of {queue.length} · {logged} logged
          </p>
          <p className="font-medium">{current.displayName}</p>
          <p className="text-xs">Last touch: {current.lastContactAt === undefined ? 'never' : formatDate(current.lastContactAt)}</p>
          <textarea
            className={`${inputClass} min-h-24 w-full text-xs`}
            aria-label="Message to send"
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
          <div className="flex flex-wrap gap-1">
            <button
              type="button"
              className={buttonClass}
              onClick={() => void navigator.clipboard.writeText(message).catch(() => setError('Copy failed: select the text and copy it'))}
            >
              Copy
            </button>
            <button
              type="button"
              className={primaryButtonClass}
              data-testid="keep-warm-log"
              onClick={() =>
                logKeepWarmTouch(current, kind, message).then(
                  () => (setLogged((n) => n + 1), setAt((i) => i + 1)),
                  (e: unknown) => setError(errorMessage(e)),
                )
              }
            >
              Sent: log it, next
            </button>
            <button type="button" className={buttonClass} data-testid="keep-warm-skip" onClick={() => setAt((i) => i + 1)}>
              Skip
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
