/**
 * Touches: log one (from the card's quick presets or the panel's form), correct
 * one, delete one. lib/db keeps the creator's contact times, follow-up reminder
 * and health in step in the same transaction; the use case recounts the badge.
 */
import { deleteInteraction, logInteraction, updateInteraction, type InteractionPatch } from '../db';
import type { Interaction, NewInteraction } from '../domain';
import { recountFromPage, type DueRecount } from './due-recount';

/** Runs in the worker (pages send 'touch:log'), so a touch from any surface is written and counted in one place. */
export async function logTouch(input: NewInteraction, recount: DueRecount): Promise<Interaction> {
  const { interaction } = await logInteraction(input);
  await recount();
  return interaction;
}

export async function editTouch(id: string, patch: InteractionPatch, recount: DueRecount = recountFromPage): Promise<Interaction> {
  const touch = await updateInteraction(id, patch);
  await recount();
  return touch;
}

export async function deleteTouch(id: string, recount: DueRecount = recountFromPage): Promise<void> {
  await deleteInteraction(id);
  await recount();
}
