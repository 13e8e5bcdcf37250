/** A setting's problem in plain words, right under its field, tied to the input by aria-describedby. */
import { type SettingsField } from '../../../lib/domain';

/** A field's problem in plain words, right under it; the input points at it with aria-describedby. */
export function FieldProblem(props: { id: string; problem: string | undefined }) {
  if (!props.problem) return null;
  return (
    <p id={props.id} className="text-xs text-rose-700 dark:text-rose-400" data-testid="settings-problem">
      {props.problem}
    </p>
  );
}

export const problemId = (field: SettingsField) => `settings-problem-${field.replace(/[^a-z0-9-]/gi, '-')}`;

/** aria attributes that tie an input to its problem message. */
export const describedBy = (field: SettingsField, problem: string | undefined) =>
  problem ? { 'aria-invalid': true, 'aria-describedby': problemId(field) } : {};
