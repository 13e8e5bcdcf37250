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

/**
 * A team edit of the same text that met a newer one was kept beside it (see
 * lib/team/merge.ts). The person settles it: keep the current text, or take the
 * other one; either way that conflict is cleared for everyone.
 */
export async function settleSyncConflict(creator: Creator, index: number, take: 'current' | 'theirs'): Promise<Creator> {
  const conflict = creator.syncConflicts?.[index];
  if (!conflict) throw new Error('That conflict was settled already');
  const rest = (creator.syncConflicts ?? []).filter((_, i) => i !== index);
  const patch: CreatorPatch = { syncConflicts: rest.length ? rest : undefined };
  if (take === 'theirs' && conflict.field === 'fit.notes') patch.fit = { ...creator.fit, notes: conflict.value };
  return updateCreator(creator.id, patch);
}
