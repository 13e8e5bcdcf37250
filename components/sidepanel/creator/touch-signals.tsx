/** One click per qualitative signal on a touch (enthusiasm, proactive ideas, willingness to negotiate): positive, negative, or unset. */
import { QUALITATIVE_SIGNALS, QUALITATIVE_SIGNAL_LABELS, type Interaction, type SignalValue } from '../../../lib/domain';
import { setTouchSignal } from '../../../lib/use-cases/lifecycle';
import { errorMessage } from '../../ui/controls';

const TONE: Record<SignalValue, string> = {
  positive: 'border-emerald-600 bg-emerald-50 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-100',
  negative: 'border-rose-600 bg-rose-50 text-rose-900 dark:bg-rose-950 dark:text-rose-100',
};

export function TouchSignals(props: { touch: Interaction; onError(message: string): void }) {
  const { touch } = props;
  return (
    <div className="mt-1 flex flex-wrap gap-2 text-xs" role="group" aria-label="Signals in this touch" data-testid="touch-signals">
      {QUALITATIVE_SIGNALS.map((signal) => {
        const value = touch.signals?.[signal];
        return (
          <span key={signal} className="inline-flex items-center gap-0.5">
            {QUALITATIVE_SIGNAL_LABELS[signal]}
            {(['positive', 'negative'] as const).map((v) => (
              <button
                key={v}
                type="button"
                aria-pressed={value === v}
                aria-label={`${QUALITATIVE_SIGNAL_LABELS[signal]}: ${v}`}
                data-testid={`signal-${signal}-${v}`}
                className={`rounded border px-1 ${value === v ? TONE[v] : 'border-slate-300 dark:border-slate-600'}`}
                onClick={() =>
                  void setTouchSignal(touch, signal, value === v ? undefined : v).catch((e: unknown) => props.onError(`Not saved: ${errorMessage(e)}`))
                }
              >
                {v === 'positive' ? '+' : '−'}
              </button>
            ))}
          </span>
        );
      })}
    </div>
  );
}
