/**
 * Collaborations edited in the side panel. lib/db keeps their deliverable and
 * end-date reminders and the creator's health in step in the same transaction.
 */
import { collaborations } from '../db';
import type { Collaboration } from '../domain';
import { recountFromPage, type DueRecount } from './due-recount';

export async function saveCollaboration(collaboration: Collaboration, now = Date.now(), recount: DueRecount = recountFromPage): Promise<Collaboration> {
  const saved = await collaborations.put({ ...collaboration, updatedAt: now });
  await recount();
  return saved;
}

export async function deleteCollaboration(id: string, recount: DueRecount = recountFromPage): Promise<void> {
  await collaborations.delete(id);
  await recount();
}
