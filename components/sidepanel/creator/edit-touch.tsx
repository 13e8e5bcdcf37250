/** Correcting a logged touch: what, how, which way and when. */
import { useState } from 'react';
import { CHANNELS, CHANNEL_LABELS, INTERACTION_KINDS, KIND_LABELS, type Channel, type Interaction } from '../../../lib/domain';
import { editTouch } from '../../../lib/use-cases/touches';
import { buttonClass, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { toDateTimeInput } from '../../ui/date-input';
import { EnumSelect } from '../../ui/enum-select';

export const DIRECTIONS = ['outbound', 'inbound'] as const satisfies readonly Interaction['direction'][];
export const DIRECTION_LABELS: Record<Interaction['direction'], string> = { outbound: 'We wrote', inbound: 'They wrote' };

export function EditTouch(props: { touch: Interaction; onDone(): void; onError(e: string): void }) {
  const [summary, setSummary] = useState(props.touch.summary);
  const [kind, setKind] = useState(props.touch.kind);
  const [channel, setChannel] = useState<Channel>(props.touch.channel);
  const [direction, setDirection] = useState(props.touch.direction);
  const [when, setWhen] = useState(toDateTimeInput(props.touch.occurredAt));
  return (
    <form
      className="space-y-1"
      onSubmit={(e) => {
        e.preventDefault();
        const occurredAt = new Date(when).getTime();
        void editTouch(props.touch.id, { summary, kind, channel, direction, ...(Number.isFinite(occurredAt) ? { occurredAt } : {}) }).then(
          () => props.onDone(),
          (err: unknown) => props.onError(`Not saved: ${errorMessage(err)}`),
        );
      }}
    >
      <div className="grid grid-cols-2 gap-1">
        <EnumSelect className={inputClass} aria-label="Kind" value={kind} options={INTERACTION_KINDS} labels={KIND_LABELS} onChange={setKind} />
        <EnumSelect className={inputClass} aria-label="Channel" value={channel} options={CHANNELS} labels={CHANNEL_LABELS} onChange={setChannel} />
        <EnumSelect className={inputClass} aria-label="Direction" value={direction} options={DIRECTIONS} labels={DIRECTION_LABELS} onChange={setDirection} />
        <input type="datetime-local" className={inputClass} aria-label="When" value={when} onChange={(e) => setWhen(e.target.value)} />
      </div>
      <textarea className={`${inputClass} w-full`} aria-label="Summary" value={summary} onChange={(e) => setSummary(e.target.value)} />
      <div className="flex gap-1">
        <button type="submit" className={primaryButtonClass}>
          Save
        </button>
        <button type="button" className={buttonClass} onClick={props.onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
