/** Failures of actions that have no page to show them (menu clicks, shortcuts) are told through a notification. */
import { browser } from 'wxt/browser';

export const PROBLEM_NOTIFICATION_ID = 'rapport:problem';

export async function showProblem(title: string, message: string): Promise<void> {
  await browser.notifications
    .create(PROBLEM_NOTIFICATION_ID, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon-128.png'),
      title,
      message: message.slice(0, 500),
    })
    .catch((error: unknown) => console.error('Rapport:', message, error));
}
