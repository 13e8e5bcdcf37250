/**
 * A team in real Chromium: two browser profiles (Ana's and Bea's), each with the
 * built extension, joined to one team server on a throwaway PostgreSQL cluster.
 * Ana saves a creator on a real profile page and logs a DM; Bea opens the same
 * profile and sees Ana's ownership and touch, and is warned before reaching out;
 * Bea logs a touch while offline, comes back, and Ana sees it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { startSwitchableProxy, type SwitchableProxy } from './harness/switchable-proxy';
import { saveScreenshot } from './harness/screenshots';
import { OverlayPage, collectRapportErrors } from './pages/overlay';
import { SidePanelPage } from './pages/side-panel';
import { startTeamServer, type RunningTeamServer } from '../../lib/team/server/start';
import { PostgresNotFoundError } from '../../lib/team/server/local-postgres';

const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const SETUP_CODE = 'setup_e2e_code_0123456789';
const tid = (id: string) => `[data-testid="${id}"]`;

let dataDir: string;
let team: RunningTeamServer;
let beaRoute: SwitchableProxy;
let ana: RapportBrowser;
let bea: RapportBrowser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rapport-team-e2e-'));
  chmodSync(dataDir, 0o755);
  try {
    team = await startTeamServer({ dataDir, port: 0, host: '127.0.0.1', setupCode: SETUP_CODE, durable: false });
  } catch (error) {
    if (error instanceof PostgresNotFoundError) throw new Error(`The team end-to-end test needs a real PostgreSQL. ${error.message}`, { cause: error });
    throw error;
  }
  // Bea reaches the server through a relay the test can cut: her browser alone goes offline.
  beaRoute = await startSwitchableProxy(new URL(team.url));
  ana = await launchRapport({ allowRequestsTo: [team.url] });
  bea = await launchRapport({ allowRequestsTo: [beaRoute.url] });
  for (const browser of [ana, bea]) browser.server.servePage(PROFILE_URL, 'instagram/metascraper-pluto__travel-2025.html');
});

afterAll(async () => {
  await ana?.close();
  await bea?.close();
  await beaRoute?.close();
  await team?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function fill(page: Page, field: string, value: string): Promise<void> {
  const input = await page.waitForSelector(`[data-field="${field}"]`);
  await input!.type(value);
}

/** Settings → Team: connect with a code, then start from the preview. Returns the panel, in settings. */
async function joinFromSettings(
  browser: RapportBrowser,
  how: { mode: 'create'; serverUrl: string; name: string } | { mode: 'join'; serverUrl: string; name: string; code: string },
): Promise<SidePanelPage> {
  const panel = await SidePanelPage.open(browser);
  await panel.openView('settings');
  await panel.page.waitForSelector(tid('team-connect'));
  if (how.mode === 'create') await panel.page.click(tid('team-mode-create'));
  await fill(panel.page, 'team-server', how.serverUrl);
  await fill(panel.page, 'team-code', how.mode === 'create' ? SETUP_CODE : how.code);
  if (how.mode === 'create') await fill(panel.page, 'team-name', 'Travel scouts');
  await fill(panel.page, 'team-your-name', how.name);
  await panel.page.click(tid('team-connect'));
  await waitOrSay(panel.page, tid('team-preview'));
  await panel.page.click(tid('team-share'));
  await waitOrSay(panel.page, tid('team-status'));
  // As a person would: wait for the first sync to finish. Its progress bar comes and goes above the
  // invite controls, and a click aimed while it moves lands on the row above (it once toggled a setting).
  await waitOrSay(panel.page, `${tid('team-sync-status')}[data-synced="yes"]`);
  return panel;
}

/** Waits for a selector; on a timeout, fails with what the Team part says instead (its error, if any). */
async function waitOrSay(page: Page, selector: string): Promise<void> {
  try {
    await page.waitForSelector(selector, { timeout: 15_000 });
  } catch (error) {
    const shown = await page.$eval('[role="alert"], section[aria-label="Settings"]', (e) => e.textContent ?? '').catch(() => '');
    throw new Error(`${selector} did not appear; the panel shows: ${shown.slice(-600)}`, { cause: error });
  }
}

async function openProfile(browser: RapportBrowser): Promise<{ page: Page; overlay: OverlayPage; errors: string[] }> {
  const page = await browser.newPage();
  const errors = collectRapportErrors(page);
  await page.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
  const overlay = new OverlayPage(page);
  await overlay.waitForHandle('pluto__travel');
  return { page, overlay, errors };
}

/** Waits until the card's text for `testId` satisfies `test` (the card follows syncs as they land). */
async function waitForCardText(overlay: OverlayPage, selector: string, expected: string, timeout = 20_000): Promise<void> {
  const frame = await overlay.waitForFrame();
  await frame.waitForFunction(
    (sel, text) => [...document.querySelectorAll(sel)].some((e) => e.textContent?.includes(text)),
    { timeout, polling: 100 },
    selector,
    expected,
  );
}

describe('two scouts, one team', () => {
  let inviteCode = '';

  it('Ana creates the team and invites Bea; Bea joins from her own browser profile', async () => {
    const panel = await joinFromSettings(ana, { mode: 'create', serverUrl: team.url, name: 'Ana' });
    expect(await panel.page.$eval(tid('team-status'), (e) => e.textContent)).toContain('Travel scouts');
    // Locators wait for the controls to stand still before acting on them.
    await panel.page.locator('[aria-label="Invitee\'s name"]').fill('Bea');
    await panel.page.locator(tid('team-invite')).click();
    await waitOrSay(panel.page, tid('team-invite-code'));
    const code = await panel.page.$(tid('team-invite-code'));
    inviteCode = (await code!.evaluate((e) => e.textContent ?? '')).trim();
    expect(inviteCode).toMatch(/^[A-Za-z0-9_-]{20,}$/);
    await panel.page.close();

    const beaPanel = await joinFromSettings(bea, { mode: 'join', serverUrl: beaRoute.url, name: 'Bea', code: inviteCode });
    await beaPanel.page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('Ana'), {}, tid('team-status'));
    await beaPanel.page.close();
  });

  it("Ana saves a creator on the profile page and logs a DM; Bea's card shows Ana's ownership and touch, and warns her", async () => {
    const a = await openProfile(ana);
    await a.overlay.save();
    await a.overlay.logTouch('dm-sent');
    await waitForCardText(a.overlay, tid('overlay-owner'), 'owned by you');
    await waitForCardText(a.overlay, tid('overlay-history-author'), 'You');

    // Bea's card asks her worker to sync when it opens: Ana's work arrives within seconds.
    const b = await openProfile(bea);
    await waitForCardText(b.overlay, tid('overlay-owner'), 'owned by Ana');
    await waitForCardText(b.overlay, tid('overlay-history-author'), 'Ana');
    expect(await b.overlay.text('overlay-team-warning')).toMatch(/^Ana contacted them today: agree with them before reaching out/);
    const frame = await b.overlay.waitForFrame();
    await b.overlay.waitForStableLayout();
    await frame.click(tid('overlay-log-touch'));
    expect(await b.overlay.text('overlay-touch-warning')).toContain('Ana contacted them today');
    await saveScreenshot(b.page, 'overlay-team.png');
    expect(a.errors).toEqual([]);
    expect(b.errors).toEqual([]);
    await a.page.close();
    await b.page.close();
  });

  it('Bea logs a touch while offline; when she is back, Ana sees it', async () => {
    await beaRoute.offline();
    const b = await openProfile(bea);
    await b.overlay.logTouch('email-sent');
    // Saved on Bea's browser at once, whatever the network.
    const frame = await b.overlay.waitForFrame();
    await frame.waitForFunction(() => document.querySelectorAll('[data-testid="overlay-history-item"]').length === 2, { polling: 100, timeout: 15_000 });
    await b.page.close();
    const beaPanel = await SidePanelPage.open(bea);
    await beaPanel.openView('settings');
    await beaPanel.page.waitForFunction(
      (sel) => /change\(s\) waiting to be sent/.test(document.querySelector(sel)?.textContent ?? ''),
      { timeout: 15_000 },
      tid('team-sync-status'),
    );

    await beaRoute.online();
    await beaPanel.page.click(tid('team-sync-now'));
    await beaPanel.page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('Everything sent'),
      { timeout: 15_000 },
      tid('team-sync-status'),
    );
    await beaPanel.page.close();

    const a = await openProfile(ana);
    await waitForCardText(a.overlay, tid('overlay-history-author'), 'Bea');
    const items = await (await a.overlay.waitForFrame()).$$eval(`${tid('overlay-history-item')}`, (els) => els.map((e) => e.textContent ?? ''));
    expect(items).toEqual([expect.stringContaining('Bea · '), expect.stringContaining('You · ')]);
    await a.page.close();
  });
});
