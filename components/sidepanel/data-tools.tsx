/**
 * Data tools: JSON backup and restore, CSV export and import, delete all.
 * Every long job shows progress; imports and restores are all or nothing.
 */
import { useEffect, useMemo, useState } from 'react';
import { getSettings, deleteAllData, findExistingAccounts, importCreators, replaceAllData, scanCreators } from '../../lib/db';
import type { Creator } from '../../lib/domain';
import type { BackupParse } from '../../lib/import-export/backup-file';
import { exportBackup } from '../../lib/import-export/backup-export';
import { readBackupFile } from '../../lib/import-export/backup-reader';
import { creatorsToCsv } from '../../lib/import-export/csv-export';
import {
  IMPORT_FIELDS,
  IMPORT_FIELD_LABELS,
  MAX_IMPORT_ROWS,
  accountKeysOf,
  checkRows,
  buildImportBatch,
  guessMapping,
  mappingProblems,
  parseCsv,
  reviewImport,
  type ColumnMapping,
  type DuplicateMode,
  type ImportReport,
  type ParsedCsv,
} from '../../lib/import-export/csv-import';
import { Dialog, ErrorNote, ProgressBar, buttonClass, dangerButtonClass, downloadBlob, errorMessage, inputClass, primaryButtonClass } from './ui';

type Job = { label: string; done: number; total: number };

export function DataTools() {
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [csv, setCsv] = useState<{ name: string; parsed: ParsedCsv } | null>(null);
  const [backup, setBackup] = useState<{ name: string; result: BackupParse } | null>(null);
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [wipeText, setWipeText] = useState('');

  /** Runs a long job with a progress bar; its result (if any) becomes the status message. */
  async function run(label: string, work: (progress: (done: number, total: number) => void) => Promise<string | null>): Promise<void> {
    setError(null);
    setMessage(null);
    setJob({ label, done: 0, total: 0 });
    try {
      setMessage(await work((done, total) => setJob({ label, done, total })));
    } catch (e) {
      setError(`${label} failed: ${errorMessage(e)}`);
    } finally {
      setJob(null);
    }
  }

  const exportJson = () =>
    run('Exporting backup', async (progress) => {
      const made = await exportBackup({ onProgress: progress });
      downloadBlob(new Blob(made.parts, { type: 'application/json' }), made.fileName);
      const note = made.unreadable ? ` ${made.unreadable} unreadable record(s) could not be included.` : '';
      return `Backup saved: ${made.creators.toLocaleString()} creators, ${made.interactions.toLocaleString()} touches.${note}`;
    });

  const exportCsv = () =>
    run('Exporting CSV', async (progress) => {
      const creators: Creator[] = [];
      await scanCreators({ chunkSize: 5000, onChunk: (chunk, p) => { creators.push(...chunk.records); progress(p.loaded, p.total); } });
      downloadBlob(new Blob([creatorsToCsv(creators)], { type: 'text/csv;charset=utf-8' }), `rapport-creators-${new Date().toISOString().slice(0, 10)}.csv`);
      return `CSV saved: ${creators.length.toLocaleString()} creators.`;
    });

  return (
    <section aria-label="Your data" className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <h2 className="font-semibold">Your data</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">Everything lives in this browser only. Back it up regularly; a backup restores exactly what you had.</p>
      <div className="flex flex-wrap gap-1">
        <button type="button" className={buttonClass} data-testid="export-json" disabled={!!job} onClick={() => void exportJson()}>
          Export backup (JSON)
        </button>
        <button type="button" className={buttonClass} data-testid="export-csv" disabled={!!job} onClick={() => void exportCsv()}>
          Export creators (CSV)
        </button>
      </div>
      <label className="block text-xs">
        <span className="font-semibold">Import creators from CSV</span>
        <input
          type="file"
          accept=".csv,text/csv"
          data-testid="import-file"
          className="mt-1 block w-full text-xs"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            void file.text().then(
              (text) => {
                const parsed = parseCsv(text);
                if (parsed.rows.length > MAX_IMPORT_ROWS) setError(`This file has ${parsed.rows.length.toLocaleString()} rows; split it into files of at most ${MAX_IMPORT_ROWS.toLocaleString()}.`);
                else if (parsed.headers.length === 0) setError('This file is empty.');
                else setCsv({ name: file.name, parsed });
              },
              (err: unknown) => setError(`Could not read the file: ${errorMessage(err)}`),
            );
          }}
        />
      </label>
      <label className="block text-xs">
        <span className="font-semibold">Restore a backup (replaces everything)</span>
        <input
          type="file"
          accept=".json,application/json"
          data-testid="restore-file"
          className="mt-1 block w-full text-xs"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (!file) return;
            // Read as a stream: a large backup is bigger than any one string can be.
            void run('Reading the backup', async (progress) => {
              setBackup({ name: file.name, result: await readBackupFile(file, { onProgress: progress }) });
              return null;
            });
          }}
        />
      </label>
      <button type="button" className={buttonClass} onClick={() => setConfirmWipe(true)}>
        Delete all data…
      </button>
      {job && <ProgressBar label={job.label} done={job.done} total={job.total} />}
      {message && (
        <p role="status" className="text-xs" data-testid="data-message">
          {message}
        </p>
      )}
      {error && <ErrorNote>{error}</ErrorNote>}

      {csv && (
        <ImportDialog
          name={csv.name}
          parsed={csv.parsed}
          onClose={() => setCsv(null)}
          onImport={(report) => {
            setCsv(null);
            void run('Importing', async (progress) => {
              const batch = buildImportBatch(report, await getSettings(), Date.now());
              const result = await importCreators(batch, { onProgress: progress });
              const skipped = report.counts.invalid + report.counts.duplicate + report.counts.exists;
              return `Imported ${result.created.toLocaleString()} new creators, updated ${result.updated.toLocaleString()}, skipped ${skipped.toLocaleString()} rows.`;
            });
          }}
        />
      )}

      <Dialog title={`Restore ${backup?.name ?? ''}`} open={!!backup} onClose={() => setBackup(null)}>
        {backup && !backup.result.ok && (
          <div>
            <ErrorNote>This backup cannot be restored; nothing was changed.</ErrorNote>
            <ul className="max-h-48 overflow-auto text-xs" data-testid="restore-problems" tabIndex={0} aria-label="Problems found in the backup">
              {backup.result.problems.map((p, i) => (
                <li key={i}>
                  <span className="font-semibold">{p.where}:</span> {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        {backup?.result.ok && (
          <div className="space-y-2 text-sm">
            <p>
              This backup{backup.result.exportedAt ? ` from ${new Date(backup.result.exportedAt).toLocaleString()}` : ''} holds {backup.result.data.creators.length.toLocaleString()} creators,{' '}
              {backup.result.data.interactions.length.toLocaleString()} touches, {backup.result.data.collaborations.length.toLocaleString()} collaborations and{' '}
              {backup.result.data.templates.length.toLocaleString()} templates.
            </p>
            <p className="font-semibold">Restoring replaces everything currently in Rapport.</p>
            <div className="flex justify-end gap-2">
              <button type="button" className={buttonClass} onClick={() => setBackup(null)}>
                Cancel
              </button>
              <button
                type="button"
                className={dangerButtonClass}
                data-testid="restore-confirm"
                onClick={() => {
                  const result = backup.result;
                  setBackup(null);
                  if (result.ok)
                    void run('Restoring', async (progress) => {
                      await replaceAllData(result.data, { onProgress: progress });
                      return `Restored ${result.data.creators.length.toLocaleString()} creators.`;
                    });
                }}
              >
                Replace everything
              </button>
            </div>
          </div>
        )}
      </Dialog>

      <Dialog title="Delete all data?" open={confirmWipe} onClose={() => setConfirmWipe(false)}>
        <form
          className="space-y-2 text-sm"
          onSubmit={(e) => {
            e.preventDefault();
            if (wipeText !== 'DELETE') return;
            setConfirmWipe(false);
            setWipeText('');
            void run('Deleting everything', async () => {
              await deleteAllData();
              return 'All data deleted.';
            });
          }}
        >
          <p>This deletes every creator, touch, collaboration, reminder, template and setting from this browser. It cannot be undone; export a backup first.</p>
          <label className="flex flex-col gap-1">
            Type DELETE to confirm
            <input className={inputClass} value={wipeText} onChange={(e) => setWipeText(e.target.value)} autoComplete="off" />
          </label>
          <div className="flex justify-end gap-2">
            <button type="button" className={buttonClass} onClick={() => setConfirmWipe(false)}>
              Cancel
            </button>
            <button type="submit" className={dangerButtonClass} disabled={wipeText !== 'DELETE'}>
              Delete everything
            </button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}

const STATUS_LABELS: Record<ImportReport['outcomes'][number]['status'], string> = {
  new: 'New',
  update: 'Updates existing',
  exists: 'Already on roster (skipped)',
  duplicate: 'Duplicate in file (skipped)',
  invalid: 'Invalid',
};

function ImportDialog(props: { name: string; parsed: ParsedCsv; onClose(): void; onImport(report: ImportReport): void }) {
  const { parsed } = props;
  const [mapping, setMapping] = useState<ColumnMapping>(() => guessMapping(parsed.headers));
  const [mode, setMode] = useState<DuplicateMode>('skip');
  const [skipInvalid, setSkipInvalid] = useState(false);
  const [existing, setExisting] = useState<Map<string, { creatorId: string }> | null>(null);
  const problems = mappingProblems(mapping);
  // Every row checked once per mapping; the roster lookup and the review share the result.
  const checks = useMemo(() => (problems.length ? null : checkRows(parsed, mapping)), [mapping]);

  // Which rows are already on the roster: looked up once per mapping (platform and handle columns).
  useEffect(() => {
    let live = true;
    setExisting(null);
    if (!checks) return;
    void findExistingAccounts(accountKeysOf(checks)).then((found) => live && setExisting(found));
    return () => {
      live = false;
    };
  }, [checks]);

  const report = useMemo(() => (existing && checks ? reviewImport(checks, existing, mode) : null), [existing, mode, checks]);
  const invalid = report ? report.outcomes.filter((o) => o.status === 'invalid') : [];
  const writes = report ? report.counts.new + report.counts.update : 0;
  const canImport = !!report && writes > 0 && (invalid.length === 0 || skipInvalid);

  return (
    <Dialog title={`Import ${props.name}`} open onClose={props.onClose} wide>
      <div className="space-y-3 text-sm">
        <p className="text-xs">
          {parsed.rows.length.toLocaleString()} rows. Match your columns to Rapport&apos;s fields; creators are matched on platform and handle.
        </p>
        {parsed.problems.length > 0 && (
          <ErrorNote>
            The CSV has formatting problems: {parsed.problems.slice(0, 3).map((p) => `line ${p.line}: ${p.message}`).join('; ')}
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
              {report.counts.new.toLocaleString()} new · {report.counts.update.toLocaleString()} to update · {report.counts.exists.toLocaleString()} already on roster ·{' '}
              {report.counts.duplicate.toLocaleString()} duplicates · {report.counts.invalid.toLocaleString()} invalid
            </p>
            <div className="max-h-40 overflow-auto" tabIndex={0} role="region" aria-label="Preview">
              <table className="w-full text-xs" aria-label="Preview of the first rows">
                <thead>
                  <tr>
                    <th scope="col" className="text-left">Line</th>
                    <th scope="col" className="text-left">Creator</th>
                    <th scope="col" className="text-left">Result</th>
                  </tr>
                </thead>
                <tbody>
                  {report.outcomes.slice(0, 20).map((o) => (
                    <tr key={o.line} data-testid="import-preview-row" data-status={o.status}>
                      <td>{o.line}</td>
                      <td className="truncate">{o.status === 'invalid' ? parsed.rows[o.line - 2]?.slice(0, 3).join(' · ') : `${o.record.name} (${o.record.platform} @${o.record.handle})`}</td>
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
          <button type="button" className={primaryButtonClass} data-testid="import-confirm" disabled={!canImport} onClick={() => report && props.onImport(report)}>
            Import {writes.toLocaleString()} creator{writes === 1 ? '' : 's'}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
