/**
 * Settings from the settings form and the roster's saved views. A cadence
 * change re-times that segment's creators in lib/db, then the badge is recounted.
 */
import { getSettings, saveSettings } from '../db';
import { checkSettings, type SavedView, type Settings, type SettingsField } from '../domain';
import { recountFromPage, type DueRecount } from './due-recount';

/**
 * Saves what the settings form holds, keeping the saved views as stored (the
 * roster edits those). Problems come back per field, in words; nothing is saved then.
 */
export async function updateSettings(
  draft: Settings,
  recount: DueRecount = recountFromPage,
): Promise<{ ok: true; settings: Settings } | { ok: false; problems: Record<SettingsField, string> }> {
  const checked = checkSettings(draft);
  if (!checked.ok) return checked;
  const current = await getSettings();
  const settings = await saveSettings({ ...checked.settings, savedViews: current.savedViews });
  await recount();
  return { ok: true, settings };
}

/** Replaces the roster's saved views, leaving every other setting as stored. */
export async function saveRosterViews(savedViews: readonly SavedView[]): Promise<Settings> {
  const current = await getSettings();
  return saveSettings({ ...current, savedViews: [...savedViews] });
}
