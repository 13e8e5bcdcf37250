/** The overlay's two shapes: the compact card, and the small badge it collapses to. */
import type { ReactNode } from 'react';
import { PLATFORM_LABELS } from '../../lib/domain';
import type { PlatformId } from '../../lib/platforms/types';

export function Badge(props: { saved: boolean | null; handle: string; onExpand(): void }) {
  return (
    <button
      type="button"
      data-testid="overlay-expand"
      aria-label={`Show Rapport for @${props.handle}`}
      title={`Rapport: @${props.handle}`}
      onClick={props.onExpand}
      className="relative m-1 flex h-10 w-10 items-center justify-center rounded-full bg-indigo-600 font-sans text-base font-bold text-white shadow-md hover:bg-indigo-700 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-300"
    >
      R
      {props.saved !== null && (
        <span
          aria-hidden="true"
          className={`absolute right-0 bottom-0 h-3 w-3 rounded-full border-2 border-white ${props.saved ? 'bg-emerald-500' : 'bg-slate-400'}`}
        />
      )}
    </button>
  );
}

export function Card(props: { platform: PlatformId; handle: string; name?: string | undefined; onCollapse(): void; children: ReactNode }) {
  return (
    <section
      aria-label="Rapport"
      className="m-1 flex max-h-[412px] w-[320px] flex-col overflow-hidden rounded-lg border border-slate-200 bg-white font-sans text-xs text-slate-800 shadow-lg dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <header className="flex items-start gap-2 border-b border-slate-100 px-3 py-2 dark:border-slate-800">
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-semibold" data-testid="overlay-name">
            {props.name || `@${props.handle}`}
          </p>
          <p className="truncate text-slate-500 dark:text-slate-400">
            <span data-testid="overlay-platform">{PLATFORM_LABELS[props.platform]}</span>
            {' · '}
            <span data-testid="overlay-handle">@{props.handle}</span>
          </p>
        </div>
        <button
          type="button"
          data-testid="overlay-collapse"
          aria-label="Collapse Rapport"
          title="Collapse"
          onClick={props.onCollapse}
          className="rounded px-1.5 text-base leading-5 text-slate-500 hover:bg-slate-100 dark:hover:bg-slate-800"
        >
          –
        </button>
      </header>
      <div className="min-h-0 flex-1 overflow-y-auto px-3 py-2">{props.children}</div>
    </section>
  );
}

export function Field(props: { label: string; children: ReactNode }) {
  return (
    <div className="flex items-baseline justify-between gap-2 py-0.5">
      <span className="shrink-0 text-slate-500 dark:text-slate-400">{props.label}</span>
      <span className="min-w-0 truncate text-right">{props.children}</span>
    </div>
  );
}

export const buttonClass =
  'rounded border border-slate-300 px-2 py-1 font-medium hover:bg-slate-50 disabled:opacity-50 dark:border-slate-600 dark:hover:bg-slate-800';
export const primaryButtonClass = 'rounded bg-indigo-600 px-3 py-1.5 font-semibold text-white hover:bg-indigo-700 disabled:opacity-50';
