/**
 * Alarms. `rapport:cadence` runs the scan every 30 minutes; tests may create it
 * with a short delay. It is (re)created idempotently on every worker start and
 * after it fires, keeping a pending first run where one is scheduled. Due-ness
 * always comes from stored timestamps, so an alarm missed while the computer
 * slept changes nothing: the next scan finds everything that fell due.
 */
import { MINUTE_MS } from '../domain/time';
import { browser } from 'wxt/browser';

export const CADENCE_ALARM = 'rapport:cadence';
/** One-shot: the first scan after quiet hours end, which shows the held-back digest. */
export const QUIET_END_ALARM = 'rapport:quiet-end';
export const SCAN_PERIOD_MINUTES = 30;

export async function ensureAlarms(now = Date.now()): Promise<void> {
  const existing = await browser.alarms.get(CADENCE_ALARM);
  if (existing?.periodInMinutes === SCAN_PERIOD_MINUTES) return;
  // A pending one-shot (e.g. created by a test) keeps its first run; the period is added.
  const when = existing && existing.scheduledTime > now ? existing.scheduledTime : now + MINUTE_MS;
  await browser.alarms.create(CADENCE_ALARM, { when, periodInMinutes: SCAN_PERIOD_MINUTES });
}

export async function scheduleDigestAfterQuietHours(at: number): Promise<void> {
  await browser.alarms.create(QUIET_END_ALARM, { when: at });
}

export function isScanAlarm(name: string): boolean {
  return name === CADENCE_ALARM || name === QUIET_END_ALARM;
}
