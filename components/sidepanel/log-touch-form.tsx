/**
 * Logging a touch: the most frequent action, so keyboard-first. The summary has
 * focus when the form opens, Enter saves (Shift+Enter for a new line), Escape
 * closes. The draft is kept in localStorage until it is saved, so a closed
 * panel or a failed save never loses what was typed.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CHANNELS,
  CHANNEL_LABELS,
  INTERACTION_KINDS,
  KIND_LABELS,
  OUTREACH_LABELS,
  OUTREACH_STATUSES,
  channelForTouch,
  isAsk,
  outboundKind,
  type Channel,
  type Creator,
  type Direction,
  type InteractionKind,
  type OutreachStatus,
} from '../../lib/domain';
import { getCreatorWellbeing } from '../../lib/db';
import { requestLogTouch } from '../../lib/use-cases/via-worker';
import { toDateTimeInput } from '../ui/date-input';
import { ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../ui/controls';
import { EnumSelect, OptionalEnumSelect } from '../ui/enum-select';

interface Draft {
  channel: Channel;
  direction: Direction;
  kind: InteractionKind;
  summary: string;
  /** datetime-local text; empty means "now" at save time. */
  when: string;
  status: OutreachStatus | '';
}

const draftKey = (creatorId: string) => `rapport:touch-draft:${creatorId}`;

function loadDraft(creatorId: string): Partial<Draft> {
  try {
    const raw = localStorage.getItem(draftKey(creatorId));
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    if (typeof parsed !== 'object' || parsed === null) return {};
    const d = parsed as Record<string, unknown>;
    return {
      ...(typeof d.summary === 'string' ? { summary: d.summary } : {}),
      ...(CHANNELS.includes(d.channel as Channel) ? { channel: d.channel as Channel } : {}),
    };
  } catch {
    return {};
  }
}

export function LogTouchForm(props: { creator: Creator; channel?: Channel; onDone(): void; onCancel(): void }) {
  const { creator } = props;
  const saved = loadDraft(creator.id);
  const [draft, setDraft] = useState<Draft>({
    channel: saved.channel ?? channelForTouch(creator, undefined, props.channel),
    direction: 'outbound',
    kind: outboundKind(creator.outreachStatus),
    summary: saved.summary ?? '',
    when: '',
    status: '',
  });
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [warning, setWarning] = useState('');
  const summaryRef = useRef<HTMLTextAreaElement>(null);
  const noText = creator.preferences.doNotStoreMessageText;

  useEffect(() => {
    summaryRef.current?.focus();
  }, []);

  useEffect(() => {
    if (draft.summary) localStorage.setItem(draftKey(creator.id), JSON.stringify({ summary: draft.summary, channel: draft.channel }));
  }, [draft.summary, draft.channel, creator.id]);

  // The wellbeing guard: a warning (never a block) before yet another unanswered ask.
  const asking = isAsk(draft);
  useEffect(() => {
    let live = true;
    if (!asking) {
      setWarning('');
      return;
    }
    getCreatorWellbeing(creator.id).then(
      (w) => live && setWarning(w.ask.warn ? w.ask.message : ''),
      () => live && setWarning(''),
    );
    return () => {
      live = false;
    };
  }, [asking, creator.id]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  async function save(e?: FormEvent): Promise<void> {
    e?.preventDefault();
    if (saving) return;
    const occurredAt = draft.when ? new Date(draft.when).getTime() : Date.now();
    if (!Number.isFinite(occurredAt)) {
      setError('The time is not a valid date.');
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await requestLogTouch({
        creatorId: creator.id,
        channel: draft.channel,
        direction: draft.direction,
        kind: draft.kind,
        summary: noText ? '' : draft.summary,
        occurredAt,
        ...(draft.status ? { outreachStatusChange: draft.status } : {}),
      });
      localStorage.removeItem(draftKey(creator.id));
      props.onDone();
    } catch (err) {
      setError(`The touch was not saved (your text is kept): ${errorMessage(err)}`);
      setSaving(false);
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} className="space-y-2 text-sm" aria-label={`Log a touch with ${creator.displayName}`}>
      <div className="grid grid-cols-2 gap-2">
        <label className="flex flex-col gap-0.5">
          <span className="text-xs font-semibold">Channel</span>
          <EnumSelect
            className={inputClass}
            value={draft.channel}
            options={CHANNELS}
            labels={CHANNEL_LABELS}
            onChange={(channel) => set('channel', channel)}
            data-testid="log-channel"
          />
        </label>
        <fieldset className="flex flex-col gap-0.5">
          <legend className="text-xs font-semibold">Direction</legend>
          <div className="flex gap-2 pt-1">
            {(['outbound', 'inbound'] as const).map((d) => (
              <label key={d} className="flex items-center gap-1">
                <input type="radio" name="direction" value={d} checked={draft.direction === d} onChange={() => set('direction', d)} />
                {d === 'outbound' ? 'We wrote' : 'They wrote'}
              </label>
            ))}
          </div>
        </fieldset>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs font-semibold">Kind</span>
          <EnumSelect className={inputClass} value={draft.kind} options={INTERACTION_KINDS} labels={KIND_LABELS} onChange={(kind) => set('kind', kind)} />
        </label>
        <label className="flex flex-col gap-0.5">
          <span className="text-xs font-semibold">When</span>
          <input
            type="datetime-local"
            className={inputClass}
            value={draft.when || toDateTimeInput(Date.now())}
            onChange={(e) => set('when', e.target.value)}
            aria-describedby="log-when-hint"
          />
          <span id="log-when-hint" className="sr-only">
            Defaults to now
          </span>
        </label>
      </div>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Summary</span>
        {noText ? (
          <p className="rounded bg-slate-100 p-2 text-xs dark:bg-slate-700" id="no-text-note">
            {creator.displayName} asked that message text not be stored: Rapport keeps only that this touch happened.
          </p>
        ) : null}
        <textarea
          ref={summaryRef}
          data-testid="log-summary"
          className={`${inputClass} min-h-16`}
          value={noText ? '' : draft.summary}
          disabled={noText}
          aria-describedby={noText ? 'no-text-note' : 'log-summary-hint'}
          placeholder={noText ? 'Message text is not stored for this creator' : 'What was said or agreed'}
          onChange={(e) => set('summary', e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !e.nativeEvent.isComposing) {
              e.preventDefault();
              void save();
            }
          }}
        />
        {!noText && (
          <span id="log-summary-hint" className="text-xs text-slate-600 dark:text-slate-400">
            Enter saves, Shift+Enter adds a line.
          </span>
        )}
      </label>
      <label className="flex flex-col gap-0.5">
        <span className="text-xs font-semibold">Outreach status</span>
        <OptionalEnumSelect
          className={inputClass}
          value={draft.status}
          options={OUTREACH_STATUSES}
          labels={(s) => `Set to ${OUTREACH_LABELS[s]}`}
          emptyLabel={`Keep: ${OUTREACH_LABELS[creator.outreachStatus]} (updated automatically)`}
          onChange={(status) => set('status', status)}
        />
      </label>
      {warning && (
        <p
          role="note"
          data-testid="wellbeing-warning"
          className="rounded border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
        >
          {warning}
        </p>
      )}
      {creator.preferences.doNotContact && (
        <p role="note" className="rounded border border-red-300 bg-red-50 p-2 text-xs text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
          {creator.displayName} is marked “do not contact”.
        </p>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}
      <div className="flex justify-end gap-2">
        <button type="button" className={buttonClass} onClick={props.onCancel}>
          Cancel
        </button>
        <button type="submit" className={primaryButtonClass} data-testid="log-save" disabled={saving}>
          {saving ? 'Saving…' : 'Save touch'}
        </button>
      </div>
    </form>
  );
}
