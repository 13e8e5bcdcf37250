/** The one settings record. Saving re-times creators too: see saveSettings in bulk.ts. */
import { SettingsSchema, DEFAULT_SETTINGS, type Settings } from '../../domain';
import { openRapportDb } from '../open';
import { forWrite, fromStore } from '../records';
import { publishChanges } from '../changes';

const SETTINGS_KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const db = await openRapportDb();
  const raw = await db.get('settings', SETTINGS_KEY);
  return raw === undefined ? DEFAULT_SETTINGS : fromStore(SettingsSchema, 'settings', SETTINGS_KEY, raw);
}

/** Writes the settings record alone and returns what it replaced (callers re-time creators when cadence changed). */
export async function writeSettings(settings: Settings): Promise<{ before: Settings; saved: Settings }> {
  const valid = forWrite(SettingsSchema, 'settings', settings);
  const before = await getSettings();
  const db = await openRapportDb();
  await db.put('settings', valid, SETTINGS_KEY);
  publishChanges([{ store: 'settings' }]);
  return { before, saved: valid };
}
