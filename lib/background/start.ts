/**
 * Wires the service worker. Everything is registered synchronously on every
 * start (the worker can be killed at any moment and restarted by an event),
 * and nothing is kept in memory between events: state lives in IndexedDB,
 * storage.local (scan status, last digest) and storage.session (panel focus).
 */
import { browser } from 'wxt/browser';
import { listenForBackgroundMessages } from '../messaging/background-server';
import { ADAPTERS, matchProfile } from '../platforms/registry';
import { backgroundHandlers } from './handlers';
import { openPanelOnActionClick } from './side-panel';
import { runReminderScan } from './reminder-scan';
import { refreshHealth } from './health-refresh';
import { ensureAlarms, isScanAlarm } from './alarms';
import { createContextMenus, handleContextMenuClick } from './context-menu';
import { handleCommand } from './commands';
import { DIGEST_NOTIFICATION_ID } from './digest';
import { openDueList, snoozeAllDue } from './digest-buttons';
import { TEAM_SYNC_ALARM, ensureTeamSyncAlarm, syncFromWorker } from './team-sync';
import { injectProfileScriptOnInPageNavigation } from './profile-injection';
import { deleteLeftoverDatabases } from '../db';

export { CADENCE_ALARM } from './alarms';

function logFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`Rapport: ${what} failed`, error);
}

export function startBackground(): void {
  listenForBackgroundMessages(backgroundHandlers);
  openPanelOnActionClick();
  injectProfileScriptOnInPageNavigation(ADAPTERS, matchProfile);

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === TEAM_SYNC_ALARM) {
      // A failure is recorded in the team state (settings shows it); the next alarm retries.
      void syncFromWorker().catch(logFailure('syncing with the team'));
      return;
    }
    if (!isScanAlarm(alarm.name)) return;
    // The scan records its own failures (badge "!" and scan status); re-arm the periodic alarm either way.
    // Health comes after the scan, so reminders never wait for it.
    void runReminderScan(Date.now())
      .finally(() => ensureAlarms().catch(logFailure('re-arming the alarm')))
      .then(() => refreshHealth(Date.now()))
      .catch(logFailure('refreshing relationship health'));
  });

  // A restore whose page closed before the database it replaced was gone leaves that database behind: delete it at
  // the next browser start or update.
  const deleteLeftovers = () => void deleteLeftoverDatabases().catch(logFailure('deleting replaced databases'));
  browser.runtime.onInstalled.addListener(() => {
    void createContextMenus(ADAPTERS.flatMap((a) => a.matches)).catch(logFailure('creating the context menu'));
    void runReminderScan(Date.now(), { notify: false });
    deleteLeftovers();
  });
  browser.runtime.onStartup.addListener(() => {
    // The badge does not survive a browser restart: recount at startup.
    void runReminderScan(Date.now(), { notify: false });
    deleteLeftovers();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleContextMenuClick(info, tab, matchProfile).catch(logFailure('saving from the context menu'));
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab, matchProfile).catch(logFailure(`the ${command} shortcut`));
  });

  browser.notifications.onButtonClicked.addListener((id, button) => {
    if (id !== DIGEST_NOTIFICATION_ID) return;
    if (button === 0) void openDueList().catch(logFailure('opening the due list'));
    else void snoozeAllDue(Date.now()).catch(logFailure('snoozing'));
  });
  browser.notifications.onClicked.addListener((id) => {
    if (id === DIGEST_NOTIFICATION_ID) void openDueList().catch(logFailure('opening the due list'));
  });

  void ensureAlarms().catch(logFailure('creating the alarm'));
  void ensureTeamSyncAlarm().catch(logFailure('checking the team sync alarm'));
}
