/**
 * A <select> over a fixed list of values (segments, stages, channels, …) with
 * their labels. The chosen value is looked up in `options`, so callers get a
 * typed value without casting whatever string the DOM hands back.
 */
import type { SelectHTMLAttributes } from 'react';

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>;

export function EnumSelect<T extends string>(
  props: NativeProps & {
    value: T;
    options: readonly T[];
    labels: Record<T, string>;
    onChange(value: T): void;
  },
) {
  const { value, options, labels, onChange, ...rest } = props;
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        const picked = options.find((o) => o === e.target.value);
        if (picked !== undefined) onChange(picked);
      }}
    >
      {options.map((o) => (
        <option key={o} value={o}>
          {labels[o]}
        </option>
      ))}
    </select>
  );
}
