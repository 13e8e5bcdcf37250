/**
 * The overlay on real saved profile pages, under the real host names: it shows
 * the creator read from the page, saves in one click, remembers across reloads,
 * edits fit notes, logs touches, opens the side panel, and stays silent (no
 * overlay) on pages that are not profiles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, WebWorker } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { saveScreenshot } from './harness/screenshots';
import { OverlayPage, collectRapportErrors } from './pages/overlay';

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
});
afterAll(async () => {
  await rapport?.close();
});

/** Reads an account straight from the extension's IndexedDB (as stored, no Rapport code involved). */
export function storedAccount(
  worker: WebWorker,
  platform: string,
  handle: string,
): Promise<{ creatorId: string; followerSnapshots: { value: number }[] } | undefined> {
  return worker.evaluate(
    (p, h) =>
      new Promise<{ creatorId: string; followerSnapshots: { value: number }[] } | undefined>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const get = db.transaction('accounts').objectStore('accounts').index('by-platform-handle').get([p, h]);
          get.onsuccess = () => {
            db.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
    platform,
    handle,
  );
}

async function open(url: string): Promise<{ page: Page; overlay: OverlayPage; errors: string[] }> {
  const page = await rapport.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = collectRapportErrors(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, overlay: new OverlayPage(page), errors };
}

/**
 * SYNTHETIC PAGES (made here): a TikTok profile in a plain layout without the
 * follower count block, as reported for @kai.cooks, and one that shows nothing
 * of the profile at all.
 */
describe('a TikTok profile without a follower count', () => {
  it('still gets a card that saves the creator', async () => {
    const url = 'https://www.tiktok.com/@kai.cooks';
    rapport.server.serveHtml(
      url,
      '<!doctype html><html lang="en"><title>TikTok - Make Your Day</title><main><h1 data-e2e="user-title">kai.cooks</h1><h2 data-e2e="user-subtitle">Kai Cooks</h2></main></html>',
    );
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('kai.cooks');
    expect(await overlay.text('overlay-followers')).toBe('Follower count not shown on this page');
    await overlay.save();
    const stored = await storedAccount(await rapport.worker(), 'tiktok', 'kai.cooks');
    expect(stored?.followerSnapshots).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('says what failed when the page shows nothing of the profile', async () => {
    const url = 'https://www.tiktok.com/@kai.plain';
    rapport.server.serveHtml(url, '<!doctype html><html lang="en"><title>TikTok</title><main><p>Something went wrong</p></main></html>');
    const { page, overlay } = await open(url);
    const frame = await overlay.waitForFrame();
    // The adapter waits for the profile to render (8 s) before it gives up.
    await frame.waitForSelector('[data-testid="overlay-unreadable"]', { timeout: 15_000 });
    expect(await overlay.text('overlay-unreadable-reason')).toBe(
      'no name or follower count for @kai.plain on this page (looked in the page header, the embedded data and the meta tags)',
    );
    await page.close();
  });
});

describe('the overlay on a real Instagram profile', () => {
  const url = 'https://www.instagram.com/pluto__travel/';

  it('shows the creator, saves in one click, and shows them as saved after a reload', async () => {
    rapport.server.servePage(url, 'instagram/metascraper-pluto__travel-2025.html');
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('pluto__travel');
    expect(await overlay.text('overlay-name')).toBe('Pluto');
    expect(await overlay.text('overlay-platform')).toBe('Instagram');
    expect(await overlay.attribute('overlay-followers', 'data-value')).toBe('2362');
    expect(await overlay.text('overlay-followers')).toMatch(/^2,362 followers · today/);
    expect(await overlay.isSaved()).toBe(false);
    expect(await overlay.hostCount()).toBe(1);

    await overlay.save();
    expect(await overlay.segment()).toBe('unassigned');
    expect(await overlay.stage()).toBe('discovered');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await overlay.waitForHandle('pluto__travel');
    expect(await overlay.isSaved()).toBe(true);
    expect(await overlay.hostCount()).toBe(1);
    await saveScreenshot(page, 'overlay.png');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps fit notes typed in place and logs a touch in two clicks', async () => {
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('pluto__travel');
    expect(await overlay.isSaved()).toBe(true);

    await overlay.setFitNotes('Great travel content; ask about the spring campaign');
    expect(await overlay.text('overlay-last-contact')).toBe('never');
    await overlay.logTouch('dm-sent');
    const frame = await overlay.waitForFrame();
    await frame.waitForFunction(() => document.querySelectorAll('[data-testid="overlay-history-item"]').length === 1);
    expect(await overlay.text('overlay-last-contact')).toBe('today');

    await page.reload({ waitUntil: 'domcontentloaded' });
    await overlay.waitForHandle('pluto__travel');
    expect(await overlay.fitNotes()).toBe('Great travel content; ask about the spring campaign');
    expect(await overlay.historyCount()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('collapses to a small badge, remembered for the site', async () => {
    const { page, overlay } = await open(url);
    await overlay.waitForHandle('pluto__travel');
    const expanded = await overlay.hostBox();
    expect(expanded!.width).toBeLessThanOrEqual(340);
    expect(expanded!.height).toBeLessThanOrEqual(420);

    await overlay.collapse();
    await page.waitForFunction(() => (document.querySelector('rapport-overlay')?.getBoundingClientRect().width ?? 999) <= 60);
    await page.reload({ waitUntil: 'domcontentloaded' });
    const again = await overlay.waitForFrame();
    await again.waitForSelector('[data-testid="overlay-expand"]', { timeout: 15_000 });
    await overlay.expand();
    await overlay.waitForHandle('pluto__travel');
    await page.close();
  });

  // Last: an open side panel narrows the window for the pages opened after it.
  it('opens the creator in the side panel from the click', async () => {
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('pluto__travel');
    const panel = await overlay.openPanel();
    expect(panel.url()).toContain('/sidepanel.html');
    const worker = await rapport.worker();
    const focus = await worker.evaluate(() => chrome.storage.session.get('rapport:panel-focus'));
    const account = await storedAccount(worker, 'instagram', 'pluto__travel');
    expect(focus['rapport:panel-focus']).toMatchObject({ view: 'creator', creatorId: account?.creatorId });
    expect(errors).toEqual([]);
    await page.close();
  });
});
