/** The views' shared controls: input and button styles, dialog, progress bar, bar chart, empty and error states, downloads. */
import { useEffect, useRef, type ReactNode } from 'react';

export const inputClass =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 focus:outline-2 focus:outline-offset-1 focus:outline-indigo-600 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100';

export const buttonClass =
  'rounded border border-slate-300 bg-white px-2 py-1 text-sm font-medium text-slate-800 hover:bg-slate-100 focus:outline-2 focus:outline-offset-1 focus:outline-indigo-600 disabled:opacity-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

export const primaryButtonClass =
  'rounded bg-indigo-700 px-3 py-1 text-sm font-semibold text-white hover:bg-indigo-800 focus:outline-2 focus:outline-offset-1 focus:outline-indigo-600 disabled:opacity-50';

export const dangerButtonClass =
  'rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800 focus:outline-2 focus:outline-offset-1 focus:outline-red-600 disabled:opacity-50';

/** A native modal <dialog>: focus stays inside, Escape closes it, the page behind is inert. */
/**
 * A select that acts once per pick (bulk actions): shows a placeholder, calls
 * `onPick` with the chosen option (looked up in `options`, so no cast), and resets.
 */
export function PickOnce<T extends string>(props: {
  label: string;
  placeholder: string;
  options: readonly T[];
  labels: Record<T, string>;
  onPick(value: T): void;
}) {
  return (
    <select
      className={inputClass}
      aria-label={props.label}
      value=""
      onChange={(e) => {
        const picked = props.options.find((o) => o === e.target.value);
        if (picked !== undefined) props.onPick(picked);
      }}
    >
      <option value="">{props.placeholder}</option>
      {props.options.map((o) => (
        <option key={o} value={o}>
          {props.labels[o]}
        </option>
      ))}
    </select>
  );
}

export function Dialog(props: { title: string; open: boolean; onClose(): void; children: ReactNode; wide?: boolean }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (props.open && !dialog.open) dialog.showModal();
    if (!props.open && dialog.open) dialog.close();
  }, [props.open]);
  return (
    <dialog
      ref={ref}
      aria-label={props.title}
      onClose={props.onClose}
      onCancel={(e) => {
        e.preventDefault();
        props.onClose();
      }}
      className={`m-auto w-[calc(100%-1rem)] ${props.wide ? 'max-w-2xl' : 'max-w-md'} rounded-lg bg-white p-0 text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-800 dark:text-slate-100`}
    >
      {props.open && (
        <div className="p-3">
          <div className="mb-2 flex items-center justify-between gap-2">
            <h2 className="text-base font-semibold">{props.title}</h2>
            <button type="button" className={buttonClass} onClick={props.onClose} aria-label="Close">
              ✕
            </button>
          </div>
          {props.children}
        </div>
      )}
    </dialog>
  );
}

export function ProgressBar(props: { label: string; done: number; total: number }) {
  const pct = props.total > 0 ? Math.round((props.done / props.total) * 100) : 0;
  return (
    <div className="my-2" role="status">
      <div className="mb-1 text-xs text-slate-600 dark:text-slate-300">
        {props.label}: {props.done.toLocaleString()} / {props.total.toLocaleString()} ({pct}%)
      </div>
      <progress className="h-2 w-full accent-indigo-700" max={props.total || 1} value={props.done} aria-label={props.label} />
    </div>
  );
}

/** A horizontal bar chart: label, bar, value. Values are shown as text too, for screen readers and exactness. */
export function BarChart(props: { title: string; items: { label: string; value: number; tone?: string }[] }) {
  const max = Math.max(1, ...props.items.map((i) => i.value));
  return (
    <figure className="my-2">
      <figcaption className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-300">{props.title}</figcaption>
      <ul className="space-y-1">
        {props.items.map((item) => (
          <li key={item.label} className="grid grid-cols-[8rem_1fr_3.5rem] items-center gap-2 text-xs">
            <span className="truncate">{item.label}</span>
            <span className="h-3 rounded bg-slate-100 dark:bg-slate-700" aria-hidden="true">
              <span className={`block h-3 rounded ${item.tone ?? 'bg-indigo-600'}`} style={{ width: `${(item.value / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums">{item.value.toLocaleString()}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function EmptyState(props: { title: string; children: ReactNode }) {
  return (
    <div className="m-2 rounded-lg border border-dashed border-slate-300 p-4 text-sm dark:border-slate-600">
      <p className="font-semibold">{props.title}</p>
      <div className="mt-1 text-slate-700 dark:text-slate-300">{props.children}</div>
    </div>
  );
}

export function ErrorNote(props: { children: ReactNode }) {
  return (
    <p role="alert" className="my-2 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-900 dark:border-red-700 dark:bg-red-950 dark:text-red-100">
      {props.children}
    </p>
  );
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Saves a Blob as a download (the user picks where). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
