/**
 * The cadence scan: finds creators whose next contact is due, through the
 * due-time index, and shows the count on the toolbar badge.
 */
import { browser } from 'wxt/browser';
import { listCreatorsDueBy } from '../db';

export interface ScanResult {
  dueCount: number;
}

export async function runReminderScan(now: number): Promise<ScanResult> {
  const due = await listCreatorsDueBy(now);
  const dueCount = due.records.filter((c) => c.snoozedUntil === undefined || c.snoozedUntil <= now).length;
  await browser.action.setBadgeText({ text: dueCount > 0 ? String(Math.min(dueCount, 999)) : '' });
  return { dueCount };
}
