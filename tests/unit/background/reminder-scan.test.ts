/**
 * The scan with the fake browser and a fixed clock: badge, one digest per run,
 * quiet hours, reminders missed while asleep, and never failing silently.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getSettings, logInteraction, saveScrapedProfile, saveSettings, updateCreator } from '../../../lib/db';
import { runReminderScan } from '../../../lib/background/reminder-scan';
import { getScanStatus } from '../../../lib/background/scan-status';
import { DIGEST_NOTIFICATION_ID, digestContent } from '../../../lib/background/digest';
import { QUIET_END_ALARM } from '../../../lib/background/alarms';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

async function partner(handle: string, name: string, lastTouchAt?: number): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile({ handle, displayName: name }), { now: T0 });
  await updateCreator(creator.id, { segment: 'strategic-partner' }, T0);
  if (lastTouchAt !== undefined)
    await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: lastTouchAt }, lastTouchAt);
  return creator.id;
}

const badge = () => fakeBrowser.action.getBadgeText({});
const digest = () => fakeBrowser.notifications.getAllCreateOptions()[DIGEST_NOTIFICATION_ID];

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the badge', () => {
  it('is empty when nothing is due and shows the number of due items otherwise', async () => {
    await partner('ana', 'Ana');
    expect(await runReminderScan(T0 + DAY)).toMatchObject({ dueCount: 0, digest: 'nothing-new' });
    expect(await badge()).toBe('');
    await partner('bo', 'Bo');
    await runReminderScan(T0 + 30 * DAY);
    expect(await badge()).toBe('2');
    expect(await getScanStatus()).toMatchObject({ at: T0 + 30 * DAY, ok: true, due: 2 });
  });

  it('shows "!" and records the error when the scan fails, instead of failing silently', async () => {
    const working = globalThis.indexedDB;
    globalThis.indexedDB = {
      open: () => {
        throw new Error('disk unavailable');
      },
    } as unknown as IDBFactory;
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await runReminderScan(T0).finally(() => {
      globalThis.indexedDB = working;
    });
    expect(result.error).toMatch(/disk unavailable/);
    expect(await badge()).toBe('!');
    expect(await getScanStatus()).toMatchObject({ ok: false, error: expect.stringMatching(/disk unavailable/) });
  });
});

describe('the digest', () => {
  it('is one notification per run, with two buttons and an icon, naming the newly due', async () => {
    await partner('ana', 'Ana');
    await partner('bo', 'Bo');
    await partner('cy', 'Cy');
    await runReminderScan(T0 + 31 * DAY);
    const all = fakeBrowser.notifications.getAllCreateOptions();
    expect(Object.keys(all)).toEqual([DIGEST_NOTIFICATION_ID]);
    expect(digest()).toMatchObject({
      type: 'basic',
      title: '3 things due in Rapport',
      iconUrl: expect.stringMatching(/icon-128\.png$/),
      buttons: [{ title: 'Open due list' }, { title: 'Snooze 1 day' }],
    });
    expect(digest()?.message).toMatch(/^3 check-ins\n/);
  });

  it('is only shown again when something new fell due since the last one', async () => {
    await partner('ana', 'Ana');
    expect((await runReminderScan(T0 + 31 * DAY)).digest).toBe('shown');
    await fakeBrowser.notifications.clear(DIGEST_NOTIFICATION_ID);
    expect((await runReminderScan(T0 + 31 * DAY + 30 * 60_000)).digest).toBe('nothing-new');
    expect(digest()).toBeUndefined();
    await partner('bo', 'Bo', T0 + 2 * DAY);
    expect((await runReminderScan(T0 + 33 * DAY)).digest).toBe('shown');
    expect(digest()?.message).toContain('Bo: Check in');
  });

  it('finds what fell due while the computer slept, from the timestamps, at the next run', async () => {
    await partner('ana', 'Ana', T0);
    await partner('bo', 'Bo', T0 + 5 * DAY);
    await runReminderScan(T0 + DAY);
    // Asleep for six weeks: no alarm ticks at all. One scan on wake finds both.
    const result = await runReminderScan(T0 + 45 * DAY);
    expect(result).toMatchObject({ dueCount: 2, digest: 'shown' });
    expect(await badge()).toBe('2');
  });

  it('is held back during quiet hours (the badge still updates) and shown at the first scan after', async () => {
    const settings = await getSettings();
    await saveSettings({ ...settings, quietHours: { enabled: true, start: '20:00', end: '08:00' } });
    await partner('ana', 'Ana');
    const night = new Date(T0 + 31 * DAY);
    night.setHours(23, 0, 0, 0);
    expect((await runReminderScan(night.getTime())).digest).toBe('quiet-hours');
    expect(await badge()).toBe('1');
    expect(digest()).toBeUndefined();
    const morning = new Date(night);
    morning.setDate(morning.getDate() + 1);
    morning.setHours(8, 0, 0, 0);
    expect((await fakeBrowser.alarms.get(QUIET_END_ALARM))?.scheduledTime).toBe(morning.getTime());
    expect((await runReminderScan(morning.getTime())).digest).toBe('shown');
    expect(digest()?.title).toBe('1 thing due in Rapport');
  });

  it('is not shown by a refresh after an edit (badge only)', async () => {
    await partner('ana', 'Ana');
    expect((await runReminderScan(T0 + 31 * DAY, { notify: false })).digest).toBe('nothing-new');
    expect(digest()).toBeUndefined();
    expect(await badge()).toBe('1');
  });

  it('words a mixed digest with counts per kind and caps the names', () => {
    const content = digestContent({
      total: 7,
      byKind: { cadence: 4, 'follow-up': 1, 'usage-rights': 2 },
      newCount: 5,
      newSample: [
        { kind: 'cadence', creatorName: 'Ana', title: 'Check in' },
        { kind: 'follow-up', creatorName: '<b>Bo</b>', title: 'Follow up' },
        { kind: 'usage-rights', creatorName: 'Cy', title: 'Usage rights end' },
      ],
    });
    expect(content).toEqual({
      title: '7 things due in Rapport',
      message: '4 check-ins, 1 follow-up, 2 usage-rights ends\nAna: Check in\n<b>Bo</b>: Follow up\nCy: Usage rights end\nand 2 more new',
    });
  });
});
