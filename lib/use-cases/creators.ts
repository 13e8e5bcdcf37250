/**
 * Edits of creators from the card and the side panel: one creator's fields, the
 * roster's bulk actions, deletion with undo. lib/db records stage and segment
 * history and recomputes the due time in the same transaction.
 */
import { deleteCreators, patchCreators, restoreDeletedCreators, updateCreator, type DeletedCreators, type ProgressListener } from '../db';
import { patchCanChangeDue, type Creator, type CreatorPatch } from '../domain';
import { recountFromPage, type DueRecount } from './due-recount';

export async function editCreator(id: string, patch: CreatorPatch, recount: DueRecount = recountFromPage): Promise<Creator> {
  const creator = await updateCreator(id, patch);
  if (patchCanChangeDue(patch)) await recount();
  return creator;
}

/** One patch per creator (or none), all in one transaction. Returns how many changed. */
export async function bulkEditCreators(
  ids: readonly string[],
  patchOf: (creator: Creator) => CreatorPatch | null,
  options: { onProgress?: ProgressListener } = {},
  recount: DueRecount = recountFromPage,
): Promise<number> {
  const changed = await patchCreators(ids, patchOf, options);
  await recount();
  return changed;
}

/** Deletes creators with everything that hangs off them; the result undoes it. */
export async function removeCreators(ids: readonly string[], recount: DueRecount = recountFromPage): Promise<DeletedCreators> {
  const removed = await deleteCreators(ids);
  await recount();
  return removed;
}

export async function undoRemoveCreators(removed: DeletedCreators, recount: DueRecount = recountFromPage): Promise<void> {
  await restoreDeletedCreators(removed);
  await recount();
}
