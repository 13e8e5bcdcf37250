/**
 * The digest: one notification per scan (never one per creator) with two
 * buttons, "Open due list" and "Snooze 1 day".
 */
import { browser } from 'wxt/browser';
import type { DueSummary } from '../db';
import { REMINDER_KINDS, type ReminderKind } from '../domain';

export const DIGEST_NOTIFICATION_ID = 'rapport:digest';
export const DIGEST_BUTTONS = ['Open due list', 'Snooze 1 day'] as const;

const KIND_NOUNS: Record<ReminderKind, [string, string]> = {
  cadence: ['check-in', 'check-ins'],
  'follow-up': ['follow-up', 'follow-ups'],
  deliverable: ['deliverable', 'deliverables'],
  'usage-rights': ['usage-rights end', 'usage-rights ends'],
  exclusivity: ['exclusivity end', 'exclusivity ends'],
  contract: ['contract end', 'contract ends'],
  renewal: ['renewal review', 'renewal reviews'],
  feedback: ['feedback to share', 'feedback notes to share'],
  celebration: ['win to celebrate', 'wins to celebrate'],
  'fit-review': ['fit review', 'fit reviews'],
  custom: ['reminder', 'reminders'],
};

/** The digest's words. Names and titles are plain text (notifications never render HTML). */
export function digestContent(summary: Pick<DueSummary, 'total' | 'byKind' | 'newCount' | 'newSample'>): { title: string; message: string } {
  const title = summary.total === 1 ? '1 thing due in Rapport' : `${summary.total} things due in Rapport`;
  const breakdown = REMINDER_KINDS.flatMap((kind) => {
    const n = summary.byKind[kind];
    if (!n) return [];
    const [one, many] = KIND_NOUNS[kind];
    return [`${n} ${n === 1 ? one : many}`];
  }).join(', ');
  const lines = summary.newSample.map((s) => `${s.creatorName}: ${s.title}`);
  const more = summary.newCount - summary.newSample.length;
  if (more > 0) lines.push(`and ${more} more new`);
  return { title, message: [breakdown, ...lines].filter(Boolean).join('\n') };
}

export async function showDigest(summary: DueSummary): Promise<void> {
  const { title, message } = digestContent(summary);
  await browser.notifications.create(DIGEST_NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon-128.png'),
    title,
    message,
    priority: 0,
    // Firefox rejects notification buttons; there a click on the notification opens the due list.
    ...(import.meta.env.FIREFOX ? {} : { buttons: DIGEST_BUTTONS.map((t) => ({ title: t })) }),
  });
}
