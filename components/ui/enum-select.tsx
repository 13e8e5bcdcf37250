/**
 * A <select> over a fixed list of values (segments, stages, channels, …) with
 * their labels. The chosen value is looked up in `options`, so callers get a
 * typed value without casting whatever string the DOM hands back.
 * OptionalEnumSelect adds a first, empty choice ("All kinds", "Keep as it is").
 */
import type { SelectHTMLAttributes } from 'react';

type NativeProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'children'>;

/** A label per value, as a table or as a function of the value. */
export type EnumLabels<T extends string> = Record<T, string> | ((value: T) => string);

const labelOf = <T extends string>(labels: EnumLabels<T>, value: T) => (typeof labels === 'function' ? labels(value) : labels[value]);

export function EnumSelect<T extends string>(
  props: NativeProps & {
    value: T;
    options: readonly T[];
    labels: EnumLabels<T>;
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
          {labelOf(labels, o)}
        </option>
      ))}
    </select>
  );
}

export function OptionalEnumSelect<T extends string>(
  props: NativeProps & {
    value: T | '';
    options: readonly T[];
    labels: EnumLabels<T>;
    /** The label of the empty choice. */
    emptyLabel: string;
    onChange(value: T | ''): void;
  },
) {
  const { value, options, labels, emptyLabel, onChange, ...rest } = props;
  return (
    <select
      {...rest}
      value={value}
      onChange={(e) => {
        if (e.target.value === '') return onChange('');
        const picked = options.find((o) => o === e.target.value);
        if (picked !== undefined) onChange(picked);
      }}
    >
      <option value="">{emptyLabel}</option>
      {options.map((o) => (
        <option key={o} value={o}>
          {labelOf(labels, o)}
        </option>
      ))}
    </select>
  );
}
