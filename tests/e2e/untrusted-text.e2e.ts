/**
 * Untrusted text is shown as text everywhere, never run: 54 known cross-site
 * scripting payloads as creator names and notes (imported from a CSV) and as a
 * profile's name and bio (read from a page), through the side panel's roster
 * and detail, the card on the profile page, and both exports. Any payload that
 * ran would set window.__rapportXss.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Frame, Page } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { waitForFile } from './harness/downloads';
import { SidePanelPage } from './pages/side-panel';
import { OverlayPage } from './pages/overlay';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads';

let rapport: RapportBrowser;
let dir: string;

beforeAll(async () => {
  rapport = await launchRapport();
  dir = mkdtempSync(path.join(tmpdir(), 'rapport-xss-e2e-'));
});
afterAll(async () => {
  await rapport?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const ran = (target: Page | Frame) => target.evaluate(() => (window as { __rapportXss?: unknown }).__rapportXss);
const handleOf = (i: number) => `xss_${i}`;

describe('untrusted text', () => {
  it('imports 54 payloads as names and notes and shows every one as text in the roster and the detail', async () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const file = path.join(dir, 'payloads.csv');
    writeFileSync(file, Papa.unparse([['name', 'platform', 'handle', 'notes'], ...XSS_PAYLOADS.map((p, i) => [p, 'instagram', handleOf(i), p])]));
    const panel = await SidePanelPage.open(rapport);
    await panel.openView('settings');
    const input = await panel.page.waitForSelector('[data-testid="import-file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    await panel.page.waitForSelector('[data-testid="import-summary"]', { timeout: 15_000 });
    expect(await panel.page.$eval('[data-testid="import-summary"]', (e) => e.textContent)).toMatch(new RegExp(`^${XSS_PAYLOADS.length} new`));
    await panel.page.click('[data-testid="import-confirm"]');
    await panel.page.waitForSelector('[data-testid="data-message"]', { timeout: 30_000 });

    await panel.openView('roster');
    await panel.waitForRosterComplete();
    // Every name, shown as text: search each handle and read the row as the user sees it.
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      await panel.search(handleOf(i));
      const row = `[data-testid="roster-row"][data-handle="${handleOf(i)}"]`;
      await panel.page.waitForSelector(row, { timeout: 15_000 });
      expect(await panel.page.$eval(`${row} button span`, (e) => e.textContent), payload).toBe(payload);
    }
    expect(await ran(panel.page)).toBeUndefined();

    for (const i of [0, 2, 9, 25, XSS_PAYLOADS.length - 1]) {
      await panel.search(handleOf(i));
      await panel.openRow(handleOf(i));
      expect(await panel.creatorName()).toBe(XSS_PAYLOADS[i]);
      await panel.page.keyboard.press('Escape');
      await panel.page.waitForSelector('[data-testid="roster-search"]');
    }
    expect(await ran(panel.page)).toBeUndefined();
    await panel.page.close();
  });

  it('shows a profile whose name and bio are payloads as text on the card, and saves them as text', async () => {
    const url = 'https://www.tiktok.com/@xss.page';
    const [name, bio] = [XSS_PAYLOADS[2] ?? '', XSS_PAYLOADS[0] ?? ''];
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    // SYNTHETIC PAGE: the site escapes the text, as TikTok does; its DOM then holds the payload as text.
    rapport.server.serveHtml(
      url,
      `<!doctype html><html lang="en"><title>TikTok</title><main><h1 data-e2e="user-title">xss.page</h1><h2 data-e2e="user-subtitle">${escape(name)}</h2><h2 data-e2e="user-bio">${escape(bio)}</h2></main></html>`,
    );
    const page = await rapport.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const overlay = new OverlayPage(page);
    await overlay.waitForHandle('xss.page');
    expect(await overlay.text('overlay-name')).toBe(name);
    await overlay.save();
    const frame = await overlay.waitForFrame();
    expect(await ran(frame)).toBeUndefined();
    expect(await ran(page)).toBeUndefined();
    await page.close();
  });

  it('writes payloads into both exports as text (the CSV neutralised against formulas)', async () => {
    const downloads = mkdtempSync(path.join(dir, 'downloads-'));
    const panel = await SidePanelPage.open(rapport);
    await panel.allowDownloads(downloads);
    await panel.openView('settings');
    await panel.page.click('[data-testid="export-csv"]');
    const rows = Papa.parse<string[]>(readFileSync(await waitForFile(downloads, '.csv'), 'utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const byHandle = new Map(rows.map((r) => [r[2], r]));
    for (const [i, payload] of XSS_PAYLOADS.entries()) {
      const expected = /^[=+\-@\t\r]/.test(payload) ? `'${payload}` : payload;
      expect(byHandle.get(handleOf(i))?.[0], payload).toBe(expected);
    }
    await panel.page.click('[data-testid="export-json"]');
    const backup = JSON.parse(readFileSync(await waitForFile(downloads, '.json'), 'utf8')) as {
      data: { creators: { displayName: string; fit: { notes: string } }[] };
    };
    const names = new Set(backup.data.creators.map((c) => c.displayName));
    for (const payload of XSS_PAYLOADS) expect(names.has(payload), payload).toBe(true);
    expect(await ran(panel.page)).toBeUndefined();
    await panel.page.close();
  });
});
