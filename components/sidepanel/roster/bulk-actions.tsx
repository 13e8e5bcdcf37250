/** What can be done to the selected creators at once (one transaction each), deletion with undo, and the progress of it. */
import { addTagPatch, removeTagPatch, LIFECYCLE_STAGES, SEGMENTS, SEGMENT_LABELS, STAGE_LABELS } from '../../../lib/domain';
import { useState } from 'react';
import { getCreatorsByIds, type DeletedCreators } from '../../../lib/db';
import { bulkEditCreators, removeCreators, undoRemoveCreators } from '../../../lib/use-cases/creators';
import { NO_OWNER } from '../../../lib/roster/query';
import { creatorsToCsv } from '../../../lib/import-export/csv-export';
import { AddToCampaign } from '../../shared/add-to-campaign';
import { Dialog, ErrorNote, PickOnce, ProgressBar, buttonClass, dangerButtonClass, downloadBlob, errorMessage, inputClass } from '../../ui/controls';

export function BulkActions(props: { selectedIds: readonly string[]; owners: readonly string[]; onCleared(): void }) {
  const { selectedIds, owners } = props;
  const [busy, setBusy] = useState<{ label: string; done: number; total: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [undo, setUndo] = useState<{ removed: DeletedCreators; count: number } | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [tagText, setTagText] = useState('');

  async function bulk(label: string, patchOf: Parameters<typeof bulkEditCreators>[1]): Promise<void> {
    setError(null);
    setBusy({ label, done: 0, total: selectedIds.length });
    try {
      await bulkEditCreators(selectedIds, patchOf, { onProgress: (done, total) => setBusy({ label, done, total }) });
    } catch (e) {
      setError(`${label} failed, nothing was changed: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  }

  async function exportSelection(): Promise<void> {
    const { records } = await getCreatorsByIds(selectedIds);
    downloadBlob(new Blob([creatorsToCsv(records)], { type: 'text/csv;charset=utf-8' }), `rapport-selection-${records.length}.csv`);
  }

  async function doDelete(): Promise<void> {
    setConfirmDelete(false);
    setBusy({ label: 'Deleting', done: 0, total: selectedIds.length });
    try {
      const removed = await removeCreators(selectedIds);
      setUndo({ removed, count: removed.creators.length });
      props.onCleared();
    } catch (e) {
      setError(`Delete failed, nothing was deleted: ${errorMessage(e)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <>
      {selectedIds.length > 0 && (
        <div className="flex flex-wrap items-center gap-1 rounded bg-indigo-50 p-1 text-xs dark:bg-indigo-950" role="group" aria-label="Bulk actions">
          <span className="font-semibold">{selectedIds.length.toLocaleString()} selected</span>
          <PickOnce
            label="Set segment of selected"
            placeholder="Segment…"
            options={SEGMENTS}
            labels={SEGMENT_LABELS}
            onPick={(segment) => void bulk('Setting segment', () => ({ segment }))}
          />
          <PickOnce
            label="Set stage of selected"
            placeholder="Stage…"
            options={LIFECYCLE_STAGES}
            labels={STAGE_LABELS}
            onPick={(stage) => void bulk('Setting stage', () => ({ stage }))}
          />
          <select
            className={inputClass}
            aria-label="Set owner of selected"
            value=""
            onChange={(e) => {
              const owner = e.target.value;
              if (owner === NO_OWNER) void bulk('Clearing owner', () => ({ owner: undefined }));
              else if (owner) void bulk('Setting owner', () => ({ owner }));
            }}
          >
            <option value="">Owner…</option>
            <option value={NO_OWNER}>Nobody</option>
            {owners.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
          <input
            className={`${inputClass} w-20`}
            aria-label="Tag to add or remove"
            placeholder="tag"
            value={tagText}
            onChange={(e) => setTagText(e.target.value)}
          />
          <button
            type="button"
            className={buttonClass}
            disabled={!tagText.trim()}
            onClick={() => {
              const tag = tagText.trim();
              void bulk('Adding tag', addTagPatch(tag));
            }}
          >
            + Tag
          </button>
          <button
            type="button"
            className={buttonClass}
            disabled={!tagText.trim()}
            onClick={() => {
              const tag = tagText.trim();
              void bulk('Removing tag', removeTagPatch(tag));
            }}
          >
            − Tag
          </button>
          <AddToCampaign creatorIds={selectedIds} selectClassName={inputClass} />
          <button type="button" className={buttonClass} data-testid="export-selection" onClick={() => void exportSelection()}>
            Export CSV
          </button>
          <button type="button" className={buttonClass} onClick={() => setConfirmDelete(true)}>
            Delete…
          </button>
          <button type="button" className={buttonClass} onClick={props.onCleared}>
            Clear selection
          </button>
        </div>
      )}
      {busy && <ProgressBar label={busy.label} done={busy.done} total={busy.total} />}
      {error && <ErrorNote>{error}</ErrorNote>}
      {undo && (
        <div role="status" className="flex items-center gap-2 rounded bg-slate-800 p-2 text-xs text-white">
          <span>
            Deleted {undo.count} creator{undo.count === 1 ? '' : 's'}.
          </span>
          <button
            type="button"
            className="rounded bg-white px-2 py-0.5 font-semibold text-slate-900"
            onClick={() => {
              const removed = undo.removed;
              setUndo(null);
              void undoRemoveCreators(removed).catch((e: unknown) => setError(`Undo failed: ${errorMessage(e)}`));
            }}
          >
            Undo
          </button>
          <button type="button" className="ml-auto underline" onClick={() => setUndo(null)}>
            Dismiss
          </button>
        </div>
      )}
      <Dialog title="Delete creators?" open={confirmDelete} onClose={() => setConfirmDelete(false)}>
        <p className="text-sm">
          Delete {selectedIds.length.toLocaleString()} creator{selectedIds.length === 1 ? '' : 's'} with all their accounts, touches, collaborations and
          reminders? You can undo right after.
        </p>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={() => setConfirmDelete(false)}>
            Cancel
          </button>
          <button type="button" className={dangerButtonClass} onClick={() => void doDelete()} data-testid="confirm-delete">
            Delete
          </button>
        </div>
      </Dialog>
    </>
  );
}
