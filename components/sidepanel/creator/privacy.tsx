/** What Rapport keeps about this person: export all of it, or delete all of it. */
import { useState } from 'react';
import type { Creator } from '../../../lib/domain';
import { deleteCreatorEntirely, exportCreatorFile } from '../../../lib/use-cases/creator-privacy';
import { Dialog, ErrorNote, buttonClass, dangerButtonClass, downloadBlob, errorMessage } from '../../ui/controls';

export function Privacy(props: { creator: Creator; onDeleted(): void }) {
  const { creator } = props;
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  return (
    <div className="space-y-2 text-xs">
      <p className="text-slate-600 dark:text-slate-400">
        Everything here is kept in this browser only. If {creator.displayName} asks what you keep, or to be forgotten:
      </p>
      <div className="flex flex-wrap gap-1">
        <button
          type="button"
          className={buttonClass}
          data-testid="creator-export"
          onClick={() =>
            void exportCreatorFile(creator.id).then(
              (made) => downloadBlob(new Blob([made.json], { type: 'application/json' }), made.fileName),
              (e: unknown) => setError(`Not exported: ${errorMessage(e)}`),
            )
          }
        >
          Export everything about them (JSON)
        </button>
        <button type="button" className={buttonClass} data-testid="creator-delete" onClick={() => setConfirming(true)}>
          Delete them and everything about them…
        </button>
      </div>
      {error && <ErrorNote>{error}</ErrorNote>}
      <Dialog title={`Delete ${creator.displayName}?`} open={confirming} onClose={() => setConfirming(false)}>
        <p className="text-sm">
          This removes the creator, their accounts and follower history, every touch, collaboration and reminder. It cannot be undone here; export first if you
          may need it.
        </p>
        <div className="mt-3 flex justify-end gap-2">
          <button type="button" className={buttonClass} onClick={() => setConfirming(false)}>
            Cancel
          </button>
          <button
            type="button"
            className={dangerButtonClass}
            data-testid="creator-delete-confirm"
            onClick={() => {
              setConfirming(false);
              void deleteCreatorEntirely(creator.id).then(props.onDeleted, (e: unknown) => setError(`Not deleted: ${errorMessage(e)}`));
            }}
          >
            Delete everything about them
          </button>
        </div>
      </Dialog>
    </div>
  );
}
