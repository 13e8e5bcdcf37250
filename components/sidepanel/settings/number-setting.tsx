/** A whole-number setting with its label, hint and problem. */
import { type SettingsField } from '../../../lib/domain';
import { inputClass } from '../../ui/controls';
import { FieldProblem, describedBy, problemId } from './field-problem';

export function NumberField(props: {
  field: SettingsField;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange(n: number): void;
  problem: string | undefined;
  hint?: string;
}) {
  return (
    <div>
      <label className="flex items-center justify-between gap-2 text-xs">
        <span>
          {props.label}
          {props.hint && <span className="block text-slate-600 dark:text-slate-400">{props.hint}</span>}
        </span>
        <input
          type="number"
          className={`${inputClass} w-20`}
          min={props.min}
          max={props.max}
          value={Number.isFinite(props.value) ? props.value : ''}
          onChange={(e) => props.onChange(e.target.value === '' ? Number.NaN : Number(e.target.value))}
          data-field={props.field}
          {...describedBy(props.field, props.problem)}
        />
      </label>
      <FieldProblem id={problemId(props.field)} problem={props.problem} />
    </div>
  );
}
