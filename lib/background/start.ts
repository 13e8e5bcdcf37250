/**
 * Wires the service worker. Everything is registered synchronously on every
 * start (the worker can be killed at any moment and restarted by an event),
 * and nothing is kept in memory between events.
 */
import { browser } from 'wxt/browser';
import { listenForBackgroundMessages } from '../messaging/background-server';
import { backgroundHandlers } from './handlers';
import { openPanelOnActionClick } from './side-panel';
import { runReminderScan } from './reminder-scan';

export const CADENCE_ALARM = 'rapport:cadence';
const SCAN_PERIOD_MINUTES = 30;

async function ensureAlarms(): Promise<void> {
  const existing = await browser.alarms.get(CADENCE_ALARM);
  if (!existing) await browser.alarms.create(CADENCE_ALARM, { delayInMinutes: 1, periodInMinutes: SCAN_PERIOD_MINUTES });
}

export function startBackground(): void {
  listenForBackgroundMessages(backgroundHandlers);
  openPanelOnActionClick();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === CADENCE_ALARM) void runReminderScan(Date.now());
  });
  void ensureAlarms();
}
