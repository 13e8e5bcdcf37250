/** "Log a touch" in two clicks: open the menu, pick what happened. */
import { useState, type MouseEvent } from 'react';
import { requestLogTouch } from '../../lib/use-cases/via-worker';
import type { Creator } from '../../lib/domain';
import { quickTouchOptions, touchFromPreset, type QuickTouch } from '../../lib/overlay/quick-touch';
import type { PlatformId } from '../../lib/platforms/types';
import { buttonClass } from './card';

export function LogTouch(props: { creator: Creator; platform: PlatformId; warning?: string }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const options = quickTouchOptions(props.creator, props.platform);

  async function log(event: MouseEvent, preset: QuickTouch) {
    if (!event.nativeEvent.isTrusted || busy) return;
    setBusy(true);
    try {
      await requestLogTouch(touchFromPreset(props.creator.id, preset, Date.now()));
      setMessage({ text: `Logged: ${preset.label}`, error: false });
      setOpen(false);
    } catch (e) {
      setMessage({ text: `Not logged: ${e instanceof Error ? e.message : String(e)}`, error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <button
        type="button"
        data-testid="overlay-log-touch"
        aria-expanded={open}
        className={buttonClass}
        onClick={() => {
          setOpen((o) => !o);
          setMessage(null);
        }}
      >
        Log a touch
      </button>
      {open && (
        <div role="menu" className="mt-1 flex flex-wrap gap-1">
          {props.warning && (
            <p data-testid="overlay-touch-warning" className="w-full text-amber-800 dark:text-amber-200">
              ⚠ {props.warning}
            </p>
          )}
          {options.map((o) => (
            <button
              key={o.id}
              type="button"
              role="menuitem"
              data-testid="overlay-touch-option"
              data-touch={o.id}
              disabled={busy}
              className={buttonClass}
              onClick={(e) => void log(e, o)}
            >
              {o.label}
            </button>
          ))}
        </div>
      )}
      {message && (
        <p
          role={message.error ? 'alert' : 'status'}
          data-testid="overlay-touch-result"
          className={message.error ? 'text-rose-700' : 'text-emerald-700 dark:text-emerald-400'}
        >
          {message.text}
        </p>
      )}
    </div>
  );
}
