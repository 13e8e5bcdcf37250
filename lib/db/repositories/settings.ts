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

export async function saveSettings(settings: Settings): Promise<Settings> {
  const valid = forWrite(SettingsSchema, 'settings', settings);
  const db = await openRapportDb();
  await db.put('settings', valid, SETTINGS_KEY);
  publishChanges([{ store: 'settings' }]);
  return valid;
}
