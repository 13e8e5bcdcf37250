/** A collapsible part of the creator page. */

export function Section(props: { title: string; children: React.ReactNode; open?: boolean }) {
  return (
    <details open={props.open ?? true} className="border-t border-slate-200 px-3 py-2 dark:border-slate-700">
      <summary className="cursor-pointer text-sm font-semibold">{props.title}</summary>
      <div className="mt-2 space-y-2 text-sm">{props.children}</div>
    </details>
  );
}
