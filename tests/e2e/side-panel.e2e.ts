/**
 * The side panel's main journeys in real Chromium with the built extension:
 * save a creator on their real profile page, find them in the roster, log a DM
 * from the current tab and see it in the timeline and in the overlay; import a
 * CSV; work the roster from the keyboard; export a backup and restore it.
 * Accessibility is checked with axe-core on every main view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { waitForFile } from './harness/downloads';
import { saveScreenshot } from './harness/screenshots';
import { SidePanelPage } from './pages/side-panel';
import { OverlayPage, collectRapportErrors } from './pages/overlay';

let rapport: RapportBrowser;
let dir: string;

beforeAll(async () => {
  rapport = await launchRapport();
  dir = mkdtempSync(path.join(tmpdir(), 'rapport-panel-e2e-'));
});
afterAll(async () => {
  await rapport?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
const DM_URL = 'https://www.instagram.com/direct/t/340282366841710300949128/';

async function tabIdOf(url: string): Promise<number> {
  const worker = await rapport.worker();
  const id = await worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
  if (typeof id !== 'number') throw new Error(`No tab shows ${url}`);
  return id;
}

describe('from a profile page to the timeline', () => {
  it('saves on the profile, finds the creator in the roster, logs a DM from the current tab, and shows it in the timeline and the overlay', async () => {
    rapport.server.servePage(PROFILE_URL, 'instagram/metascraper-pluto__travel-2025.html');
    const profile = await rapport.newPage();
    await profile.setViewport({ width: 1280, height: 800 });
    await profile.goto(PROFILE_URL, { waitUntil: 'domcontentloaded' });
    const overlay = new OverlayPage(profile);
    await overlay.waitForHandle('pluto__travel');
    await overlay.save();

    // Find it in the roster by search.
    const panel = await SidePanelPage.open(rapport);
    const errors = collectRapportErrors(panel.page);
    await panel.search('pluto');
    await panel.waitForRow('pluto__travel');
    expect(await panel.rowHandles()).toEqual(['pluto__travel']);
    await panel.search('nobody-like-this');
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 0);
    await panel.page.close();

    // The panel opened for the profile's tab goes straight to the creator, with the DM channel prefilled.
    const tabPanel = await SidePanelPage.open(rapport, { tab: String(await tabIdOf(PROFILE_URL)) });
    expect(await tabPanel.creatorName()).toBe('Pluto');
    await tabPanel.page.click('[data-testid="log-touch"]');
    await tabPanel.page.waitForSelector('[data-testid="log-summary"]');
    expect(await tabPanel.page.$eval('[data-testid="log-channel"]', (el) => (el as HTMLSelectElement).value)).toBe('instagram-dm');
    // The summary has focus: type and press Enter.
    await tabPanel.page.keyboard.type('Loved the Lisbon reel, asked about a spring trip');
    await tabPanel.page.keyboard.press('Enter');
    await tabPanel.waitForTimeline(1);
    expect(await tabPanel.timeline()).toEqual(['Loved the Lisbon reel, asked about a spring trip']);
    const health = await tabPanel.page.$eval('[data-testid="creator-health"]', (el) => el.textContent ?? '');
    expect(health).toMatch(/Contact cadence: Last touch 0 days ago/);

    // Contact details typed in the panel: a wrong email is named beside its field and nothing is saved; fixed, it saves.
    await tabPanel.page.locator('[data-testid="contact-emails"]').fill('pluto@');
    await tabPanel.page.locator('[data-testid="contact-rateCard"]').fill('Reel: 450 EUR');
    await tabPanel.page.click('[data-testid="contact-save"]');
    const emailProblem = await tabPanel.page.waitForSelector('[data-testid="contact-emails"][aria-invalid="true"]');
    const problemText = await emailProblem!.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(problemText).toBe('"pluto@" is not an email address');
    await tabPanel.page.locator('[data-testid="contact-emails"]').fill('hello@pluto.travel');
    await tabPanel.page.click('[data-testid="contact-save"]');
    await tabPanel.page.waitForSelector('[data-testid="contact-emails"]:not([aria-invalid])');
    await tabPanel.page.select('[data-testid="contact-preferredChannel"]', 'email');

    // The overlay on the profile page shows the same touch, and the contact details.
    const frame = await overlay.waitForFrame();
    // The profile tab is behind the panel: animation frames do not run there, so poll on a timer.
    await frame.waitForFunction(() => document.querySelectorAll('[data-testid="overlay-history-item"]').length === 1, { timeout: 15_000, polling: 100 });
    await frame.waitForFunction(() => document.querySelector('[data-testid="overlay-contact-channel"]')?.textContent === 'Email', {
      timeout: 15_000,
      polling: 100,
    });
    expect(await overlay.text('overlay-contact-email')).toBe('hello@pluto.travel');
    expect(await overlay.text('overlay-contact-rates')).toBe('Reel: 450 EUR');
    expect(errors).toEqual([]);
    await tabPanel.page.close();
    await profile.close();
  });

  it('prefills the DM channel from a DM thread and keeps only that a touch happened when asked to', async () => {
    rapport.server.serveHtml(DM_URL, '<!doctype html><title>Instagram • Chats</title><main>Direct</main>');
    const dm = await rapport.newPage();
    await dm.goto(DM_URL, { waitUntil: 'domcontentloaded' });
    const panel = await SidePanelPage.open(rapport, { tab: String(await tabIdOf(DM_URL)) });
    await panel.openRow('pluto__travel');
    await panel.page.click('[data-testid="pref-no-text"]');
    await panel.page.click('form button[type="submit"]:not([data-testid])::-p-text(Save preferences)');
    await panel.page.waitForSelector('::-p-text(Saved)');
    await panel.page.click('[data-testid="log-touch"]');
    await panel.page.waitForSelector('[data-testid="log-summary"][disabled]');
    expect(await panel.page.$eval('[data-testid="log-channel"]', (el) => (el as HTMLSelectElement).value)).toBe('instagram-dm');
    await panel.page.click('[data-testid="log-save"]');
    await panel.waitForTimeline(2);
    expect((await panel.timeline())[0]).toBe('Touch logged (no message text stored)');
    await panel.page.close();
    await dm.close();
  });
});

describe('opening on the right creator', () => {
  it('follows ?creator= and the focus requests the worker stores while the panel is open', async () => {
    const worker = await rapport.worker();
    const creatorId = await worker.evaluate(
      () =>
        new Promise<string>((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('accounts').objectStore('accounts').index('by-platform-handle').get(['instagram', 'pluto__travel']);
            get.onsuccess = () => {
              open.result.close();
              resolve((get.result as { creatorId: string }).creatorId);
            };
          };
        }),
    );
    const direct = await SidePanelPage.open(rapport, { creator: creatorId });
    expect(await direct.creatorName()).toBe('Pluto');
    await direct.page.close();

    const panel = await SidePanelPage.open(rapport);
    await panel.page.waitForSelector('[data-testid="roster-search"]');
    await worker.evaluate((id) => chrome.storage.session.set({ 'rapport:panel-focus': { creatorId: id, view: 'log-touch', at: Date.now() } }), creatorId);
    expect(await panel.creatorName()).toBe('Pluto');
    await panel.page.waitForSelector('dialog[open] [data-testid="log-summary"]');
    await panel.page.keyboard.press('Escape');
    await panel.page.waitForSelector('dialog[open]', { hidden: true });
    await panel.page.close();
  });

  it('records a collaboration with a dated deliverable, which the due list then shows', async () => {
    const panel = await SidePanelPage.open(rapport);
    const { page } = panel;
    await panel.openRow('pluto__travel');
    // The section starts closed while there are no collaborations.
    await page.$$eval('[data-testid="creator-detail"] details > summary', (summaries) => {
      for (const s of summaries) if (s.textContent?.trim() === 'Collaborations') (s.parentElement as HTMLDetailsElement).open = true;
    });
    await page.locator('input[aria-label="New collaboration title"]').fill('Spring launch');
    await page.keyboard.press('Enter');
    const card = await page.waitForSelector('[data-testid="collaboration"]');
    await card!.$eval('summary', (s) => (s as HTMLElement).click());
    await page.select('[data-testid="collaboration-status"]', 'contracted');
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="collaboration-status"]')?.value === 'contracted');

    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    await page.locator('[data-testid="new-deliverable"]').fill('1 reel + 3 stories');
    await page.$eval(
      '[data-testid="new-deliverable-due"]',
      (input, day) => {
        // A date input's typed form depends on the locale; set the value as React expects it.
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        setValue?.call(input, day);
        input.dispatchEvent(new Event('input', { bubbles: true }));
      },
      tomorrow,
    );
    await page.locator('[data-testid="add-deliverable"]').click();
    await page.waitForSelector('[data-testid="deliverable"]');
    await page.waitForSelector('[data-testid="collaboration-next"]');
    // The whole editor open (deliverables, compensation, rights, disclosure, performance) is accessible too.
    expect(await panel.seriousA11yViolations()).toEqual([]);

    // Stored as typed, and the reminder derived in the same transaction.
    const worker = await rapport.worker();
    const stored = await worker.evaluate(
      () =>
        new Promise<{ status: string; deliverables: { description: string; dueAt?: number }[]; reminders: string[] }>((resolve, reject) => {
          const open = indexedDB.open('rapport');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction(['collaborations', 'reminders']);
            const collabs = tx.objectStore('collaborations').getAll();
            const reminders = tx.objectStore('reminders').getAll();
            tx.oncomplete = () => {
              open.result.close();
              const c = (collabs.result as { title: string; status: string; deliverables: { description: string; dueAt?: number }[] }[]).find(
                (x) => x.title === 'Spring launch',
              );
              resolve({
                status: c?.status ?? '',
                deliverables: c?.deliverables ?? [],
                reminders: (reminders.result as { kind: string; title: string }[]).filter((r) => r.kind === 'deliverable').map((r) => r.title),
              });
            };
          };
        }),
    );
    expect(stored.status).toBe('contracted');
    expect(stored.deliverables).toMatchObject([{ description: '1 reel + 3 stories', dueAt: Date.parse(tomorrow) }]);
    expect(stored.reminders).toHaveLength(1);
    expect(stored.reminders[0]).toContain('1 reel + 3 stories (Spring launch)');

    await panel.openView('due');
    await page.waitForFunction(() => document.body.textContent?.includes('1 reel + 3 stories (Spring launch)'), { timeout: 15_000 });
    await page.close();
  });
});

/** The settings record as stored (undefined before the first save), read straight from IndexedDB. */
function storedSettings(panel: SidePanelPage): Promise<unknown> {
  return panel.page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result.transaction('settings').objectStore('settings').get('settings');
          get.onsuccess = () => {
            open.result.close();
            resolve(get.result);
          };
          get.onerror = () => reject(get.error);
        };
      }),
  );
}

const CSV_ROWS = [
  ['Name', 'Platform', 'Handle', 'Followers', 'Segment', 'Stage', 'Owner', 'Tags', 'Notes', 'Email', 'Media kit'],
  [
    'Ana Lisboa',
    'Instagram',
    '@ana.travels',
    '48,200',
    'Strategic Partner',
    'Active partner',
    'Dana',
    'travel; eu',
    'Boutique hotels, calm voice',
    'ana@lisboa.travel',
    'https://ana.example/kit.pdf',
  ],
  ['Kiko Beats', 'X', 'kikobeats', '12.4K', 'Growth Bet', 'Test collaboration', 'Sam', 'music', 'Fast replies', 'kiko@beats.fm; booking@beats.fm', ''],
  ['Zoe Eats', 'TikTok', 'zoe.eats', '310K', 'Community Advocate', 'Active partner', 'Dana', 'food', '', '', ''],
  ['Mateo Ruiz', 'YouTube', 'mateoruiz', '1.2M', 'Strategic Partner', 'Renewal', 'Lee', 'tech; review', 'Contract renewal in spring', '', ''],
  ['Nina Park', 'Instagram', 'nina.park', '9,800', 'Growth Bet', 'Vetting', '', 'fitness', '', '', ''],
  ['Omar Haddad', 'Twitch', 'omarplays', '56K', 'Campaign Specialist', 'Test collaboration', 'Sam', 'gaming', 'Great at launch streams', '', ''],
  ['Sofia Marin', 'Instagram', 'sofia.marin', '22K', 'Community Advocate', 'Optimizing', 'Lee', 'beauty', '', '', ''],
  ['Luna Costa', 'TikTok', 'lunacosta', '780K', 'Growth Bet', 'Discovered', '', 'dance', '', '', ''],
  ['Kai Tanaka', 'Bluesky', 'kai.bsky.social', '4,100', 'Unassigned', 'Discovered', '', 'design', '', '', ''],
  ['Priya Nair', 'YouTube', 'priyacooks', '265K', 'Campaign Specialist', 'Active partner', 'Dana', 'food; india', '', '', ''],
  ['Jonas Berg', 'Instagram', 'jonas.berg', '15K', 'Community Advocate', 'Wound down', 'Sam', 'outdoors', '', '', ''],
  ['Lea Fontaine', 'Instagram', 'lea.fontaine', '7,300', 'Growth Bet', 'Vetting', 'Lee', '@home; diy', '=1+1 views per post, check engagement', '', ''],
  ['Broken Row', 'Myspace', 'tom', 'lots', '', '', '', '', '', '', ''],
];

describe('import, keyboard, accessibility and backups', () => {
  it('imports a CSV with a mapping preview and a per-row report, skipping invalid rows only when asked', async () => {
    const file = path.join(dir, 'creators.csv');
    writeFileSync(file, Papa.unparse(CSV_ROWS));
    const panel = await SidePanelPage.open(rapport);
    await panel.page.setViewport({ width: 420, height: 760 });
    await panel.openView('settings');
    const input = await panel.page.waitForSelector('[data-testid="import-file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    const summary = await panel.page.waitForSelector('[data-testid="import-summary"]', { timeout: 15_000 });
    expect(await summary!.evaluate((e) => e.textContent)).toMatch(/^12 new · 0 to update · 0 already on roster · 0 duplicates · 1 invalid$/);
    expect(await panel.page.$eval('[data-testid="import-errors"]', (e) => e.textContent)).toMatch(
      /Line 14: Unknown platform "Myspace"; Followers "lots" is not a number/,
    );
    // The email column feeds the creator's contact; the one column that feeds no field is listed, never dropped silently.
    expect(
      await panel.page.$$eval('[data-testid="import-unmapped-column"]', (els) =>
        els.map((e) => `${e.getAttribute('data-column')}: ${e.getAttribute('data-kept')}`),
      ),
    ).toEqual(['Media kit: false']);
    await panel.page.click('[data-testid="import-unmapped-column"] input[type="checkbox"]');
    await panel.page.waitForSelector('[data-testid="import-unmapped-column"][data-kept="true"]');
    // An import is all or nothing: with an invalid row it is refused until skipping is chosen.
    expect(await panel.page.$eval('[data-testid="import-confirm"]', (e) => (e as HTMLButtonElement).disabled)).toBe(true);
    expect(await panel.seriousA11yViolations()).toEqual([]);
    await panel.page.click('[data-testid="import-skip-invalid"]');
    await panel.page.click('[data-testid="import-confirm"]');
    const message = await panel.page.waitForSelector('[data-testid="data-message"]', { timeout: 30_000 });
    expect(await message!.evaluate((e) => e.textContent)).toBe('Imported 12 new creators, updated 0, skipped 1 rows. Kept as custom fields: Media kit.');

    await panel.openView('roster');
    await panel.waitForRosterComplete();
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 13);
    expect(await panel.rowHandles()).toContain('mateoruiz');
    expect(await panel.seriousA11yViolations()).toEqual([]);

    // The imported email is searchable and shown in the creator's contact details, with the kept column.
    await panel.search('ana@lisboa');
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 1);
    expect(await panel.rowHandles()).toEqual(['ana.travels']);
    await panel.search('');
    await panel.openRow('ana.travels');
    expect(await panel.page.$eval('[data-testid="contact-emails"]', (e) => (e as HTMLInputElement).value)).toBe('ana@lisboa.travel');
    expect(await panel.page.$eval('[data-testid="custom-fields"]', (e) => e.textContent)).toContain('Media kit');
    expect(await panel.page.$eval('[data-testid="custom-fields"] input', (e) => (e as HTMLInputElement).value)).toBe('https://ana.example/kit.pdf');
    expect(await panel.seriousA11yViolations()).toEqual([]);
    await panel.page.keyboard.press('Escape');

    // Importing the same file again finds every creator already on the roster.
    await panel.openView('settings');
    await ((await panel.page.waitForSelector('[data-testid="import-file"]')) as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
    const again = await panel.page.waitForSelector('[data-testid="import-summary"]', { timeout: 15_000 });
    expect(await again!.evaluate((e) => e.textContent)).toMatch(/^0 new · 0 to update · 12 already on roster/);
    await panel.page.keyboard.press('Escape');
    await panel.page.close();
  });

  it('works from the keyboard: / to search, arrows and Enter to open, l and Enter to log, Escape to go back', async () => {
    const panel = await SidePanelPage.open(rapport);
    await panel.page.setViewport({ width: 420, height: 760 });
    await panel.waitForRosterComplete();
    await panel.focusSearchWithSlash();
    await panel.page.keyboard.type('renewal');
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 1);
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('Enter');
    expect(await panel.creatorName()).toBe('Mateo Ruiz');
    expect(await panel.seriousA11yViolations()).toEqual([]);
    await panel.page.keyboard.press('l');
    await panel.page.waitForSelector('[data-testid="log-summary"]');
    await panel.page.keyboard.type('Check-in before the renewal talk');
    await panel.page.keyboard.press('Enter');
    await panel.waitForTimeline(1);
    expect(await panel.timeline()).toEqual(['Check-in before the renewal talk']);
    await panel.page.keyboard.press('Escape');
    await panel.page.waitForSelector('[data-testid="roster-search"]');

    // Down from the search box enters the rows; arrows move between them.
    await panel.search('');
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 13);
    await panel.page.focus('[data-testid="roster-search"]');
    await panel.page.keyboard.press('ArrowDown');
    await panel.page.keyboard.press('ArrowDown');
    const second = await panel.page.evaluate(() => document.activeElement?.getAttribute('data-index'));
    expect(second).toBe('1');

    // A couple more touches, so the README screenshot shows a roster in use.
    for (const handle of ['ana.travels', 'zoe.eats']) {
      await panel.openRow(handle);
      await panel.logTouch('Shared the spring preview');
      await panel.page.keyboard.press('Escape');
    }
    await panel.page.waitForSelector('[data-testid="roster-search"]');
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="roster-row"]').length === 13);
    await saveScreenshot(panel.page, 'side-panel.png');
    for (const view of ['pipeline', 'campaigns', 'portfolio', 'due', 'templates', 'settings'] as const) {
      await panel.openView(view);
      expect(await panel.seriousA11yViolations(), view).toEqual([]);
    }
    await panel.page.close();
  });

  it('says in plain words, beside the field, which setting is wrong, and saves nothing until it is fixed', async () => {
    const panel = await SidePanelPage.open(rapport);
    await panel.openView('settings');
    const max = '[data-field="cadence.growth-bet.maxDays"]';
    const before = await storedSettings(panel);
    await panel.page.locator(max).fill('3');
    await panel.page.click('[data-testid="settings-save"]');
    const invalid = await panel.page.waitForSelector(`${max}[aria-invalid="true"]`);
    const words = await invalid!.evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(words).toBe('Growth Bet: the maximum must be at least the ideal number of days.');
    expect(await panel.page.$$eval('[data-testid="settings-problem"]', (els) => els.length)).toBe(1);
    expect(await panel.seriousA11yViolations()).toEqual([]);
    expect(await storedSettings(panel)).toEqual(before);
    await panel.page.locator(max).fill('60');
    await panel.page.click('[data-testid="settings-save"]');
    await panel.page.waitForFunction(() => document.body.textContent?.includes('Saved. Due dates follow the new cadence.'));
    expect(await panel.page.$$eval('[data-testid="settings-problem"]', (els) => els.length)).toBe(0);
    expect(await storedSettings(panel)).toMatchObject({ cadence: { 'growth-bet': { maxDays: 60 } } });
    await panel.page.close();
  });

  it('exports a JSON backup and a safe CSV, and restoring the backup gives back exactly the same data', async () => {
    const downloads = mkdtempSync(path.join(dir, 'downloads-'));
    const panel = await SidePanelPage.open(rapport);
    await panel.allowDownloads(downloads);
    await panel.openView('settings');
    await panel.page.click('[data-testid="export-csv"]');
    const csv = readFileSync(await waitForFile(downloads, '.csv'), 'utf8');
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(14);
    // Cells a spreadsheet would run as formulas are neutralised.
    const lea = rows.find((r) => r[2] === 'lea.fontaine');
    expect(lea?.[8]).toBe("'@home; diy");
    expect(lea?.[15]).toBe("'=1+1 views per post, check engagement");
    // Contact details and the kept custom field are in the CSV too.
    const header = rows[0] ?? [];
    const ana = rows.find((r) => r[2] === 'ana.travels');
    expect(ana?.[header.indexOf('email')]).toBe('ana@lisboa.travel');
    expect(ana?.[header.indexOf('custom:Media kit')]).toBe('https://ana.example/kit.pdf');
    expect(rows.find((r) => r[2] === 'kikobeats')?.[header.indexOf('email')]).toBe('kiko@beats.fm; booking@beats.fm');

    await panel.page.click('[data-testid="export-json"]');
    const backupPath = await waitForFile(downloads, '.json');
    const backup = JSON.parse(readFileSync(backupPath, 'utf8')) as {
      format: string;
      version: number;
      counts: Record<string, number>;
      data: { creators: { displayName: string; contact?: { emails: string[] }; customFields?: Record<string, string> }[] };
    };
    expect(backup).toMatchObject({ format: 'rapport-backup', version: 3, counts: { creators: 13, accounts: 13, interactions: 5, campaigns: 0 } });
    expect(backup.data.creators.find((c) => c.displayName === 'Ana Lisboa')).toMatchObject({
      contact: { emails: ['ana@lisboa.travel'] },
      customFields: { 'Media kit': 'https://ana.example/kit.pdf' },
    });

    // Delete everything (with confirmation), then restore.
    await panel.page.click('::-p-text(Delete all data…)');
    await panel.page.type('dialog[open] input', 'DELETE');
    await panel.page.click('dialog[open] button[type="submit"]');
    await panel.page.waitForFunction(() => document.querySelector('[data-testid="data-message"]')?.textContent === 'All data deleted.');
    const input = await panel.page.waitForSelector('[data-testid="restore-file"]');
    await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(backupPath);
    const confirm = await panel.page.waitForSelector('[data-testid="restore-confirm"], [data-testid="restore-problems"]', { timeout: 15_000 });
    expect(await confirm!.evaluate((e) => `${e.getAttribute('data-testid')}: ${e.textContent}`)).toMatch(/^restore-confirm/);
    await confirm!.click();
    await panel.page.waitForFunction(() => document.querySelector('[data-testid="data-message"]')?.textContent === 'Restored 13 creators.', {
      timeout: 30_000,
    });

    rmSync(backupPath);
    await panel.page.click('[data-testid="export-json"]');
    const again = JSON.parse(readFileSync(await waitForFile(downloads, '.json'), 'utf8')) as typeof backup;
    expect(again.data).toEqual(backup.data);

    await panel.openView('roster');
    await panel.waitForRow('ana.travels');

    // The delete and the restore each filled a new database and switched to it: the old ones are deleted, and the
    // worker, which held a connection to the first one, now writes into the restored one.
    await panel.page.waitForFunction(async () => (await indexedDB.databases()).filter((d) => d.name?.startsWith('rapport')).length === 1, {
      timeout: 30_000,
    });
    const profile = { platform: 'instagram', handle: 'after.restore', profileUrl: 'https://www.instagram.com/after.restore/', displayName: 'After Restore' };
    expect(await panel.sendToWorker('creator:save-profile', { profile })).toMatchObject({ ok: true });
    await panel.waitForRow('after.restore');
    await panel.page.close();
  });
});

describe('opening the panel', () => {
  // Last in the file: it adds creators that the tests above do not expect.
  it('has the latest-changed creators in memory before it reads the whole roster, newest first', async () => {
    const panel = await SidePanelPage.open(rapport);
    await panel.waitForRosterComplete();
    for (const handle of ['first.saved', 'last.saved']) {
      const profile = { platform: 'instagram', handle, profileUrl: `https://www.instagram.com/${handle}/`, displayName: handle };
      expect(await panel.sendToWorker('creator:save-profile', { profile })).toMatchObject({ ok: true });
    }
    await panel.page.close();

    const reopened = await SidePanelPage.open(rapport);
    await reopened.waitForRosterComplete();
    const marks = await reopened.page.evaluate(() =>
      ['rapport:roster-latest', 'rapport:roster-complete'].map((name) => {
        const mark = performance.getEntriesByName(name)[0] as PerformanceMark | undefined;
        return { at: mark?.startTime ?? -1, rows: (mark?.detail as { rows?: number } | undefined)?.rows ?? -1 };
      }),
    );
    const [latest, complete] = marks as [{ at: number; rows: number }, { at: number; rows: number }];
    // Through Chromium's getAll with a direction (one request), capped at a screenful.
    expect(latest.rows).toBe(Math.min(60, complete.rows));
    expect(latest.at).toBeGreaterThan(0);
    expect(latest.at).toBeLessThanOrEqual(complete.at);
    expect((await reopened.rowHandles())[0]).toBe('last.saved');
    await reopened.page.close();
  });
});
