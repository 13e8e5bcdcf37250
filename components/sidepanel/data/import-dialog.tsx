/**
 * The CSV import's review: map columns to fields, decide what happens to every
 * column that feeds no field (not imported, or kept as a custom field), see the
 * outcome of each row, then import. Nothing is written until "Import".
 */
import { useEffect, useMemo, useState } from 'react';
import { IMPORT_FIELDS, IMPORT_FIELD_LABELS, type ColumnMapping, type DuplicateMode, type ImportReport } from '../../../lib/import-export/csv-import';
import {
  checkPlan,
  describePlan,
  findRowsOnRoster,
  initialColumnPlan,
  reviewRows,
  type ColumnPlan,
  type CsvImportSession,
} from '../../../lib/use-cases/csv-import';
import { Dialog, ErrorNote, buttonClass, inputClass, primaryButtonClass } from '../../ui/controls';

/** What happened to the columns that feed no field, by name, for the outcome message. */
export interface ColumnsOutcome {
  custom: string[];
  notImported: string[];
}

const STATUS_LABELS: Record<ImportReport['outcomes'][number]['status'], string> = {
  new: 'New',
  update: 'Updates existing',
  exists: 'Already on roster (skipped)',
  duplicate: 'Duplicate in file (skipped)',
  invalid: 'Invalid',
};

export function ImportDialog(props: { session: CsvImportSession; onClose(): void; onImport(report: ImportReport, columns: ColumnsOutcome): void }) {
  const { session } = props;
  const { parsed, fieldNames: names } = session;
  const [plan, setPlan] = useState<ColumnPlan>(() => initialColumnPlan(session));
  const { mapping } = plan;
  const setMapping = (next: ColumnMapping) => setPlan({ ...plan, mapping: next });
  const { problems, custom: customColumns, notImported: unmapped } = describePlan(session, plan);
  const setCustom = (custom: number[]) => setPlan({ ...plan, custom });
  const custom = plan.custom;
  const columnName = (i: number) => parsed.headers[i] || `Column ${i + 1}`;
  const [mode, setMode] = useState<DuplicateMode>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [existing, setExisting] = useState<Map<string, { creatorId: string }> | null>(null);
  // Every row checked once per plan; the roster lookup and the review share the result.
  const checks = useMemo(() => checkPlan(session, plan), [session, plan]);

  // Which rows are already on the roster: looked up once per mapping (platform and handle columns).
  useEffect(() => {
    let live = true;
    setExisting(null);
    if (!checks) return;
    void findRowsOnRoster(checks).then((found) => live && setExisting(found));
    return () => {
      live = false;
    };
  }, [checks]);

  const report = useMemo(() => (existing && checks ? reviewRows(checks, existing, mode) : null), [existing, mode, checks]);
  const invalid = report ? report.outcomes.filter((o) => o.status === 'invalid') : [];
  const writes = report ? report.counts.new + report.counts.update : 0;
  const canImport = !!report && writes > 0 && (invalid.length === 0 || skipInvalid);

  return (
    <Dialog title={`Import ${session.fileName}`} open onClose={props.onClose} wide>
      <div className="space-y-3 text-sm">
        <p className="text-xs">
          {parsed.rows.length.toLocaleString()} rows. Match your columns to Rapport&apos;s fields; creators are matched on platform and handle.
        </p>
        {parsed.problems.length > 0 && (
          <ErrorNote>
            The CSV has formatting problems:{' '}
            {parsed.problems
              .slice(0, 3)
              .map((p) => `line ${p.line}: ${p.message}`)
              .join('; ')}
          </ErrorNote>
        )}
        <fieldset className="grid grid-cols-2 gap-1">
          <legend className="mb-1 text-xs font-semibold">Column mapping</legend>
          {IMPORT_FIELDS.map((field) => (
            <label key={field} className="flex items-center justify-between gap-1 text-xs">
              {IMPORT_FIELD_LABELS[field]}
              <select
                className={`${inputClass} w-32 text-xs`}
                value={mapping[field] ?? ''}
                onChange={(e) => {
                  const { [field]: _old, ...rest } = mapping;
                  setMapping(e.target.value === '' ? rest : { ...rest, [field]: Number(e.target.value) });
                }}
              >
                <option value="">(not imported)</option>
                {parsed.headers.map((h, i) => (
                  <option key={i} value={i}>
                    {h || `Column ${i + 1}`}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        {problems.length > 0 && <ErrorNote>{problems.join(' ')}</ErrorNote>}
        {(unmapped.length > 0 || customColumns.length > 0) && (
          <fieldset className="text-xs" data-testid="import-unmapped">
            <legend className="font-semibold">Columns that feed no field</legend>
            <p className="text-slate-600 dark:text-slate-400">These are not imported unless you keep them as custom fields on each creator.</p>
            <ul className="max-h-32 overflow-auto" tabIndex={0} aria-label="Columns not mapped to a field">
              {[...unmapped, ...customColumns]
                .sort((a, b) => a - b)
                .map((i) => {
                  const kept = customColumns.includes(i);
                  return (
                    <li
                      key={i}
                      className="flex items-center justify-between gap-2"
                      data-testid="import-unmapped-column"
                      data-column={columnName(i)}
                      data-kept={kept}
                    >
                      <span>
                        <span className="font-medium">{columnName(i)}</span>: {kept ? `kept as custom field "${names[i]}"` : 'not imported'}
                      </span>
                      <label className="flex shrink-0 items-center gap-1">
                        <input type="checkbox" checked={kept} onChange={(e) => setCustom(e.target.checked ? [...custom, i] : custom.filter((c) => c !== i))} />
                        Keep as custom field
                      </label>
                    </li>
                  );
                })}
            </ul>
          </fieldset>
        )}
        <fieldset className="text-xs">
          <legend className="font-semibold">Creators already on the roster</legend>
          <label className="mr-3">
            <input type="radio" name="dup" checked={mode === 'skip'} onChange={() => setMode('skip')} /> Skip them
          </label>
          <label>
            <input type="radio" name="dup" checked={mode === 'update'} onChange={() => setMode('update')} /> Update them with the file&apos;s values
          </label>
        </fieldset>
        {!report && !problems.length && <p className="text-xs">Checking rows…</p>}
        {report && (
          <>
            <p className="text-xs" data-testid="import-summary">
              {report.counts.new.toLocaleString()} new · {report.counts.update.toLocaleString()} to update · {report.counts.exists.toLocaleString()} already on
              roster · {report.counts.duplicate.toLocaleString()} duplicates · {report.counts.invalid.toLocaleString()} invalid
            </p>
            <div className="max-h-40 overflow-auto" tabIndex={0} role="region" aria-label="Preview">
              <table className="w-full text-xs" aria-label="Preview of the first rows">
                <thead>
                  <tr>
                    <th scope="col" className="text-left">
                      Line
                    </th>
                    <th scope="col" className="text-left">
                      Creator
                    </th>
                    <th scope="col" className="text-left">
                      Result
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {report.outcomes.slice(0, 20).map((o) => (
                    <tr key={o.line} data-testid="import-preview-row" data-status={o.status}>
                      <td>{o.line}</td>
                      <td className="truncate">
                        {o.status === 'invalid'
                          ? parsed.rows[o.line - 2]?.slice(0, 3).join(' · ')
                          : `${o.record.name} (${o.record.platform} @${o.record.handle})`}
                      </td>
                      <td>{STATUS_LABELS[o.status]}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {invalid.length > 0 && (
              <div>
                <p className="text-xs font-semibold">Validation report ({invalid.length.toLocaleString()} invalid rows)</p>
                <ul className="max-h-32 overflow-auto text-xs" data-testid="import-errors" tabIndex={0} aria-label="Invalid rows">
                  {invalid.slice(0, 500).map((o) => (
                    <li key={o.line}>
                      Line {o.line}: {o.status === 'invalid' ? o.errors.join('; ') : ''}
                    </li>
                  ))}
                </ul>
                <label className="mt-1 flex items-center gap-1 text-xs">
                  <input type="checkbox" checked={skipInvalid} onChange={(e) => setSkipInvalid(e.target.checked)} data-testid="import-skip-invalid" />
                  Skip the invalid rows and import the rest
                </label>
                {!skipInvalid && <p className="text-xs">Fix the file or choose to skip them: an import is all or nothing.</p>}
              </div>
            )}
          </>
        )}
        <div className="flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={props.onClose}>
            Cancel
          </button>
          <button
            type="button"
            className={primaryButtonClass}
            data-testid="import-confirm"
            disabled={!canImport}
            onClick={() =>
              report && props.onImport(report, { custom: customColumns.map((i) => names[i] ?? columnName(i)), notImported: unmapped.map(columnName) })
            }
          >
            Import {writes.toLocaleString()} creator{writes === 1 ? '' : 's'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
