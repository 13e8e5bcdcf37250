/**
 * The background worker in real Chromium: the worker is terminated, a due
 * `rapport:cadence` alarm wakes it, and the badge and the digest notification
 * appear; the digest's buttons open the side panel on the due list and snooze.
 * The context menu saves the creator the page's content script read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';

const DAY = 86_400_000;
/** Chrome's extension events have a dispatch() that runs the worker's own listeners; the API types omit it. */
type Dispatchable = { dispatch(...args: unknown[]): void };
let rapport: RapportBrowser;
let page: Page;

/** The worker target can exist a moment before its extension bindings do. */
async function readyWorker(): Promise<WebWorker> {
  for (let attempt = 0; ; attempt++) {
    const worker = await rapport.worker();
    const ready = await worker.evaluate(() => typeof chrome === 'object' && typeof chrome.runtime?.id === 'string').catch(() => false);
    if (ready) return worker;
    if (attempt > 50) throw new Error('The service worker never exposed the extension APIs');
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function send(type: string, data: unknown): Promise<{ ok: boolean; data?: Record<string, unknown>; error?: string }> {
  return page.evaluate((t, d) => chrome.runtime.sendMessage({ type: t, data: d }), type, data);
}

async function seedCreator(handle: string, name: string, touch: { direction: 'inbound' | 'outbound'; kind: string; daysAgo: number }) {
  const saved = await send('creator:save-profile', {
    profile: { platform: 'bluesky', handle, profileUrl: `https://bsky.app/profile/${handle}`, displayName: name },
  });
  expect(saved).toMatchObject({ ok: true });
  const creatorId = String(saved.data?.creatorId);
  const logged = await send('touch:log', {
    creatorId,
    channel: 'email',
    direction: touch.direction,
    kind: touch.kind,
    occurredAt: Date.now() - touch.daysAgo * DAY,
  });
  expect(logged).toMatchObject({ ok: true });
  return creatorId;
}

const badge = () => page.evaluate(() => chrome.action.getBadgeText({}));
const notifications = () => page.evaluate(() => chrome.notifications.getAll());
const sidePanelTabs = () => page.evaluate(async () => (await chrome.tabs.query({})).filter((t) => t.url?.endsWith('/sidepanel.html')).length);
const panelFocus = () =>
  page.evaluate(async () => ((await chrome.storage.session.get('rapport:panel-focus'))['rapport:panel-focus'] ?? null) as { view?: string } | null);

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeout = 20_000): Promise<T> {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}; last value ${JSON.stringify(value)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

beforeAll(async () => {
  rapport = await launchRapport();
  await readyWorker();
  page = await rapport.newPage();
  await page.goto(rapport.extensionUrl('welcome.html'));
  // Two creators last heard from 100 days ago (past the 90-day cadence of unplaced creators)
  // and one who has not answered an outreach for 10 days (a follow-up is due after 5).
  await seedCreator('ana.bsky.social', 'Ana', { direction: 'inbound', kind: 'other', daysAgo: 100 });
  await seedCreator('bo.bsky.social', 'Bo', { direction: 'inbound', kind: 'other', daysAgo: 100 });
  await seedCreator('cy.bsky.social', 'Cy', { direction: 'outbound', kind: 'outreach', daysAgo: 10 });
});

afterAll(async () => {
  await rapport?.close();
});

describe('the background worker', () => {
  it('wakes from termination on the cadence alarm and shows the badge and one digest', async () => {
    await page.evaluate(() => chrome.action.setBadgeText({ text: '' }));
    const worker = await readyWorker();
    await worker.close();
    await waitFor(
      async () => rapport.browser.targets().filter((t) => t.type() === 'service_worker').length,
      (n) => n === 0,
      'the worker to stop',
    );

    // Created from an extension page while the worker is stopped: only the alarm can wake it.
    await page.evaluate(() => chrome.alarms.create('rapport:cadence', { delayInMinutes: 0.05 }));
    expect(await waitFor(badge, (text) => text !== '', 'the badge')).toBe('3');
    expect(rapport.browser.targets().some((t) => t.type() === 'service_worker')).toBe(true);
    expect(Object.keys(await waitFor(notifications, (n) => Object.keys(n).length > 0, 'the digest'))).toEqual(['rapport:digest']);

    // The one-shot test alarm fired; the worker re-armed the periodic one.
    const alarm = await waitFor(
      () => page.evaluate(() => chrome.alarms.get('rapport:cadence')),
      (a) => a?.periodInMinutes === 30,
      'the periodic alarm',
    );
    expect(alarm?.name).toBe('rapport:cadence');
    const status = await page.evaluate(async () => (await chrome.storage.local.get('rapport:scan-status'))['rapport:scan-status']);
    expect(status).toMatchObject({ ok: true, due: 3, digest: 'shown' });
  });

  it('"Open due list" on the digest opens the side panel on the due list', async () => {
    // Chrome dispatches notification clicks with a user gesture. A test cannot click an OS
    // notification, so it dispatches the same event from inside a real click's gesture.
    const worker = await readyWorker();
    await worker.evaluate(() => {
      chrome.runtime.onMessage.addListener((message: unknown) => {
        if ((message as { test?: string })?.test === 'click-digest-button')
          (chrome.notifications.onButtonClicked as unknown as Dispatchable).dispatch('rapport:digest', 0);
        return undefined;
      });
    });
    await page.evaluate(() => {
      const button = document.createElement('button');
      button.id = 'click-digest';
      button.textContent = 'Open due list';
      button.addEventListener('click', () => void chrome.runtime.sendMessage({ test: 'click-digest-button' }).catch(() => undefined));
      document.body.append(button);
    });
    await page.click('#click-digest');
    const panel = await rapport.browser.waitForTarget((t) => t.type() === 'page' && t.url().endsWith('/sidepanel.html'), { timeout: 15_000 });
    expect(panel).toBeTruthy();
    // The real side panel, not the fallback tab.
    expect(await sidePanelTabs()).toBe(0);
    expect(await waitFor(panelFocus, (f) => f?.view === 'due', 'the panel focus')).toMatchObject({ view: 'due' });
    expect(await notifications()).toEqual({});
  });

  it('without a user gesture, "Open due list" still shows the due list, in a tab', async () => {
    const worker = await readyWorker();
    await worker.evaluate(() => (chrome.notifications.onButtonClicked as unknown as Dispatchable).dispatch('rapport:digest', 0));
    expect(await waitFor(sidePanelTabs, (n) => n > 0, 'the fallback tab')).toBe(1);
  });

  it('"Snooze 1 day" snoozes everything due and empties the badge', async () => {
    const worker = await readyWorker();
    await worker.evaluate(() => (chrome.notifications.onButtonClicked as unknown as Dispatchable).dispatch('rapport:digest', 1));
    expect(await waitFor(badge, (text) => text === '', 'the badge to clear')).toBe('');
    const refreshed = await send('reminders:refresh', {});
    expect(refreshed).toEqual({ ok: true, data: { due: 0 } });
  });

  it('"Save creator to Rapport" on a profile page saves what the content script read', async () => {
    const url = 'https://www.instagram.com/pluto__travel/';
    rapport.server.servePage(url, 'instagram/metascraper-pluto__travel-2025.html');
    const profilePage = await rapport.newPage();
    await profilePage.goto(url);
    const tabId = (await waitFor(
      () => page.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id ?? null, url),
      (id) => id !== null,
      'the profile tab',
    )) as number;
    // Wait until the content script has read the page, then click the menu item (dispatched: menus cannot be clicked headless).
    await waitFor(
      () => page.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'content:get-profile' }, { frameId: 0 }).catch(() => null), tabId),
      (state) => (state as { kind?: string } | null)?.kind === 'profile',
      'the content script to read the profile',
    );
    const worker = await readyWorker();
    await worker.evaluate(
      async (id, pageUrl) => {
        const tab = await chrome.tabs.get(id);
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch({ menuItemId: 'rapport:save-page', pageUrl, editable: false }, tab);
      },
      tabId,
      url,
    );
    const focus = await waitFor(panelFocus, (f) => (f as { view?: string } | null)?.view === 'creator', 'the saved creator in the panel');
    expect(focus).toMatchObject({ view: 'creator', creatorId: expect.any(String) });
    // The record came from the page's reading (display name, followers), not from the URL alone.
    const creatorId = (focus as { creatorId: string }).creatorId;
    const creator = await page.evaluate(
      (id) =>
        new Promise<{ displayName: string; accounts: { followers?: number }[] }>((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('creators').objectStore('creators').get(id);
            get.onsuccess = () => resolve(get.result);
            get.onerror = () => reject(get.error);
          };
        }),
      creatorId,
    );
    expect(creator.displayName).not.toBe('pluto__travel');
    expect(creator.accounts[0]?.followers).toBeGreaterThan(0);
    await profilePage.close();
  });
});
