/**
 * Data tools: JSON backup and restore, CSV export and import, delete all.
 * Every long job shows progress; imports and restores are all or nothing.
 */
import { useState } from 'react';
import type { BackupParse } from '../../../lib/import-export/backup-file';
import { commitCsvImport, openCsvImport, type CsvImportSession } from '../../../lib/use-cases/csv-import';
import { deleteEverything, exportBackupFile, exportCreatorsCsv, readBackup, restoreBackup } from '../../../lib/use-cases/data';
import { ImportDialog } from './import-dialog';
import { Dialog, ErrorNote, ProgressBar, buttonClass, dangerButtonClass, downloadBlob, errorMessage, inputClass } from '../../ui/controls';

type Job = { label: string; done: number; total: number };

export function DataTools() {
  const [job, setJob] = useState<Job | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [csv, setCsv] = useState<CsvImportSession | null>(null);
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
      const made = await exportBackupFile(progress);
      downloadBlob(new Blob(made.parts, { type: 'application/json' }), made.fileName);
      const note = made.unreadable ? ` ${made.unreadable} unreadable record(s) could not be included.` : '';
      return `Backup saved: ${made.creators.toLocaleString()} creators, ${made.interactions.toLocaleString()} touches.${note}`;
    });

  const exportCsv = () =>
    run('Exporting CSV', async (progress) => {
      const made = await exportCreatorsCsv(progress);
      downloadBlob(new Blob([made.csv], { type: 'text/csv;charset=utf-8' }), made.fileName);
      return `CSV saved: ${made.count.toLocaleString()} creators.`;
    });

  return (
    <section aria-label="Your data" className="space-y-2 border-t border-slate-200 pt-3 dark:border-slate-700">
      <h2 className="font-semibold">Your data</h2>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Everything lives in this browser only. Back it up regularly; a backup restores exactly what you had.
      </p>
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
                const opened = openCsvImport(file.name, text);
                if (opened.ok) setCsv(opened.session);
                else setError(opened.error);
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
              setBackup({ name: file.name, result: await readBackup(file, progress) });
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
          session={csv}
          onClose={() => setCsv(null)}
          onImport={(report, kept) => {
            setCsv(null);
            void run('Importing', async (progress) => {
              const result = await commitCsvImport(report, { onProgress: progress });
              const skipped = result.skipped;
              const columns = kept.notImported.length ? ` Not imported: ${kept.notImported.join(', ')}.` : '';
              const custom = kept.custom.length ? ` Kept as custom fields: ${kept.custom.join(', ')}.` : '';
              return `Imported ${result.created.toLocaleString()} new creators, updated ${result.updated.toLocaleString()}, skipped ${skipped.toLocaleString()} rows.${custom}${columns}`;
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
              This backup{backup.result.exportedAt ? ` from ${new Date(backup.result.exportedAt).toLocaleString()}` : ''} holds{' '}
              {backup.result.data.creators.length.toLocaleString()} creators, {backup.result.data.interactions.length.toLocaleString()} touches,{' '}
              {backup.result.data.collaborations.length.toLocaleString()} collaborations and {backup.result.data.templates.length.toLocaleString()} templates.
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
                      await restoreBackup(result.data, progress);
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
              await deleteEverything();
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
