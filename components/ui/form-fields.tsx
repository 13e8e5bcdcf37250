/** The side panel's form kit: labelled fields that save when left (or on Enter) and follow the stored value when it changes elsewhere. */
import { useEffect, useState, type ReactNode } from 'react';
import { inputClass } from './controls';
import { toDateInput, fromDateInput } from './date-input';

export function Part(props: { title: string; children: ReactNode }) {
  return (
    <fieldset>
      <legend className="mb-1 font-semibold">{props.title}</legend>
      {props.children}
    </fieldset>
  );
}

export function Grid(props: { children: ReactNode }) {
  return <div className="grid grid-cols-2 gap-1">{props.children}</div>;
}

export function Field(props: { label: string; children: ReactNode }) {
  return (
    <label className="flex flex-col">
      {props.label}
      {props.children}
    </label>
  );
}

/** A text box that saves when left or on Enter, and follows the stored value when it changes elsewhere. */
export function TextField(props: {
  label: string;
  value: string;
  onCommit(text: string): void;
  type?: 'text' | 'url';
  maxLength?: number;
  disabled?: boolean;
  /** Emptying a required field puts the stored text back instead of saving nothing. */
  required?: boolean;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  const commit = () => {
    const trimmed = text.trim();
    if (!trimmed && props.required) return setText(props.value);
    if (trimmed !== props.value) props.onCommit(trimmed);
  };
  return (
    <Field label={props.label}>
      <input
        className={`${inputClass} text-xs`}
        type={props.type ?? 'text'}
        value={text}
        maxLength={props.maxLength}
        disabled={props.disabled}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}

/** A non-negative number; empty clears it. An entry that is not a number is put back as it was. */
export function NumberField(props: { label: string; value: number | undefined; onCommit(value: number | undefined): void }) {
  const shown = props.value === undefined ? '' : String(props.value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => {
    const value = text.trim() === '' ? undefined : Number(text);
    if (value !== undefined && !(Number.isFinite(value) && value >= 0)) return setText(shown);
    if (value !== props.value) props.onCommit(value);
  };
  return (
    <Field label={props.label}>
      <input
        className={`${inputClass} text-xs`}
        type="number"
        min={0}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => e.key === 'Enter' && commit()}
      />
    </Field>
  );
}

export function DateField(props: { label: string; value: number | undefined; onCommit(at: number | undefined): void }) {
  return (
    <Field label={props.label}>
      <input
        type="date"
        className={`${inputClass} text-xs`}
        value={toDateInput(props.value)}
        onChange={(e) => {
          const at = fromDateInput(e.target.value);
          if (at === undefined || Number.isFinite(at)) props.onCommit(at);
        }}
      />
    </Field>
  );
}
