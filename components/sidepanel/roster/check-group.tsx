/** A group of checkboxes over a fixed list, for the roster's filters. */

export function toggle<T>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}

export function CheckGroup<T extends string>(props: {
  legend: string;
  options: readonly T[];
  labels: (v: T) => string;
  value: readonly T[];
  onChange(v: T[]): void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="text-xs font-semibold">{props.legend}</legend>
      <div className="max-h-32 overflow-auto">
        {props.options.map((o) => (
          <label key={o} className="flex items-center gap-1 text-xs">
            <input type="checkbox" checked={props.value.includes(o)} onChange={() => props.onChange(toggle(props.value, o))} />
            {props.labels(o)}
          </label>
        ))}
        {props.options.length === 0 && <p className="text-xs text-slate-600 dark:text-slate-400">None yet</p>}
      </div>
    </fieldset>
  );
}
