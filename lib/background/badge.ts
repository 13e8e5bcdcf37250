/** The toolbar badge: the number of due items (empty when none), or "!" when the scan failed. */
import { browser } from 'wxt/browser';

const DUE_COLOUR = '#2563eb';
const ERROR_COLOUR = '#dc2626';

/** Roughly four characters fit on the badge. */
export function badgeText(due: number): string {
  if (due <= 0) return '';
  return due > 999 ? '999+' : String(due);
}

export async function showDueCount(due: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: DUE_COLOUR });
  await browser.action.setBadgeText({ text: badgeText(due) });
  await browser.action.setTitle({ title: due > 0 ? `Rapport: ${due} due` : 'Rapport' });
}

export async function showScanError(message: string): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ color: ERROR_COLOUR });
  await browser.action.setBadgeText({ text: '!' });
  await browser.action.setTitle({ title: `Rapport: reminders could not be checked (${message.slice(0, 200)})` });
}
