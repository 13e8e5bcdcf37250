/**
 * A hostile profile page, and a worker killed mid-way. From the page's own
 * scripts: every protocol message posted to the page and its parent, forged
 * events on the overlay's host, a forged navigation event, and a look for the
 * extension API: nothing is written and the card stays as it was; one real click
 * still saves. Then a touch the worker acknowledged just before it was killed is
 * there after it restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { OverlayPage } from './pages/overlay';

let rapport: RapportBrowser;
beforeAll(async () => {
  rapport = await launchRapport();
});
afterAll(async () => {
  await rapport?.close();
});

/** Counts of every store, read straight from the extension's IndexedDB in an extension page. */
async function storeCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(
    () =>
      new Promise<Record<string, number>>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const names = ['creators', 'accounts', 'interactions', 'collaborations', 'reminders', 'templates'];
          const tx = db.transaction(names);
          const counts: Record<string, number> = {};
          for (const name of names) {
            const req = tx.objectStore(name).count();
            req.onsuccess = () => (counts[name] = req.result);
          }
          tx.oncomplete = () => {
            db.close();
            resolve(counts);
          };
        };
      }),
  );
}

const EMPTY = { creators: 0, accounts: 0, interactions: 0, collaborations: 0, reminders: 0, templates: 0 };

describe('a hostile host page', () => {
  it('cannot make Rapport write with forged messages or events, while one real click still saves', async () => {
    const url = 'https://www.instagram.com/pluto__travel/';
    rapport.server.servePage(url, 'instagram/metascraper-pluto__travel-2025.html');
    const page = await rapport.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const overlay = new OverlayPage(page);
    await overlay.waitForHandle('pluto__travel');

    const attempt = await page.evaluate(() => {
      const profile = { platform: 'instagram', handle: 'pluto__travel', profileUrl: 'https://www.instagram.com/pluto__travel/', displayName: 'Forged' };
      const shapes: unknown[] = [
        { type: 'creator:save-profile', data: { profile } },
        { type: 'touch:log', data: { creatorId: 'x', channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: Date.now() } },
        { type: 'content:get-profile' },
        { type: 'overlay:layout', collapsed: false, width: 480, height: 720 },
        { kind: 'profile', profile },
      ];
      for (const shape of shapes) {
        window.postMessage(shape, '*');
        window.parent.postMessage(shape, '*');
        window.top?.postMessage(shape, '*');
      }
      const host = document.querySelector('rapport-overlay');
      const box = host?.getBoundingClientRect();
      for (const type of ['click', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'keydown', 'submit']) {
        host?.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
      }
      host?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: (box?.x ?? 0) + 20, clientY: (box?.y ?? 0) + 60 }));
      document.elementFromPoint((box?.x ?? 0) + 20, (box?.y ?? 0) + 60)?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      window.dispatchEvent(new CustomEvent('wxt:locationchange', { detail: { newUrl: new URL('https://www.instagram.com/someone.else/') } }));
      const ext = (window as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome;
      return { sendMessage: typeof ext?.runtime?.sendMessage, frames: window.frames.length, hostChildren: host?.children.length ?? -1 };
    });
    // The page has no way to reach the extension: no messaging API, no frame reference, nothing in the host's light DOM.
    expect(attempt).toEqual({ sendMessage: 'undefined', frames: 0, hostChildren: 0 });

    await new Promise((r) => setTimeout(r, 1500));
    const extensionPage = await rapport.newPage();
    await extensionPage.goto(rapport.extensionUrl('welcome.html'));
    expect(await storeCounts(extensionPage)).toEqual(EMPTY);
    // Back to the profile tab: the overlay's layout waits need its animation frames.
    await page.bringToFront();
    expect(await overlay.isSaved()).toBe(false);
    expect(await overlay.text('overlay-handle')).toBe('@pluto__travel');

    // A real click (a trusted event) saves.
    await overlay.save();
    expect(await storeCounts(extensionPage)).toMatchObject({ creators: 1, accounts: 1 });
    await extensionPage.close();
    await page.close();
  });
});

describe('the worker killed mid-way', () => {
  it('keeps a touch it acknowledged just before it was killed', async () => {
    const page = await rapport.newPage();
    await page.goto(rapport.extensionUrl('welcome.html'));
    const send = (type: string, data: unknown) =>
      page.evaluate((t, d) => chrome.runtime.sendMessage({ type: t, data: d }), type, data) as Promise<{ ok: boolean; data?: Record<string, unknown> }>;
    const saved = await send('creator:save-profile', {
      profile: { platform: 'bluesky', handle: 'kai.bsky.social', profileUrl: 'https://bsky.app/profile/kai.bsky.social', displayName: 'Kai' },
    });
    expect(saved.ok).toBe(true);
    const logged = await send('touch:log', {
      creatorId: saved.data?.creatorId,
      channel: 'email',
      direction: 'outbound',
      kind: 'outreach',
      summary: 'Last words',
      occurredAt: Date.now(),
    });
    expect(logged.ok).toBe(true);

    // Killed at once after its answer, before it could do anything more.
    const worker = await rapport.worker();
    await worker.close();
    for (let i = 0; i < 200 && rapport.browser.targets().some((t) => t.type() === 'service_worker'); i++) await new Promise((r) => setTimeout(r, 100));
    expect(rapport.browser.targets().some((t) => t.type() === 'service_worker')).toBe(false);

    // A message wakes it; the touch is there, in the store and in its answers.
    expect(await send('reminders:refresh', {})).toMatchObject({ ok: true });
    const summaries = await page.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('interactions').objectStore('interactions').getAll();
            get.onsuccess = () => {
              open.result.close();
              resolve((get.result as { summary: string }[]).map((t) => t.summary));
            };
          };
        }),
    );
    expect(summaries).toContain('Last words');
    await page.close();
  });
});
