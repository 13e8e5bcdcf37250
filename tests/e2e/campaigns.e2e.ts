/**
 * Campaigns in real Chromium with the built extension: create a campaign, add two
 * creators from the roster's selection, add deliverables, move one to published,
 * mark a collaboration done with its rating, see the feedback reminder in the due
 * list, and accept the stage suggestion that follows into the stage history.
 * Takes the screenshot of the campaign view the README shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { saveScreenshot } from './harness/screenshots';
import { SidePanelPage } from './pages/side-panel';
import { OverlayPage, collectRapportErrors } from './pages/overlay';

const tid = (id: string) => `[data-testid="${id}"]`;
const CAMPAIGN = 'Spring launch 2027';

let rapport: RapportBrowser;
beforeAll(async () => {
  rapport = await launchRapport();
  rapport.server.servePage('https://www.instagram.com/pluto__travel/', 'instagram/metascraper-pluto__travel-2025.html');
});
afterAll(async () => {
  await rapport?.close();
});

function profile(handle: string, displayName: string) {
  return { platform: 'instagram', handle, profileUrl: `https://www.instagram.com/${handle}/`, displayName };
}

async function textOf(page: Page, selector: string): Promise<string> {
  const el = await page.waitForSelector(selector, { timeout: 15_000 });
  return (await el!.evaluate((e) => e.textContent ?? '')).replace(/\s+/g, ' ').trim();
}

/** Types into the field labelled `label` inside `scope` and commits it with Enter (the side panel's fields save when left or on Enter). */
async function typeInto(page: Page, scope: string, label: string, text: string): Promise<void> {
  const input = await page.waitForFunction(
    (sel, name) => [...(document.querySelector(sel)?.querySelectorAll('label') ?? [])].find((l) => l.firstChild?.textContent === name)?.querySelector('input'),
    { timeout: 15_000 },
    scope,
    label,
  );
  const element = input.asElement();
  if (!element) throw new Error(`No field labelled ${label}`);
  await element.type(text);
  await page.keyboard.press('Enter');
}

/** The campaign's entry for one creator (its deliverables editor and "Mark done"). */
async function creatorEntry(page: Page, name: string): Promise<string> {
  const id = await page.waitForFunction(
    (n) =>
      [...document.querySelectorAll('[data-testid="campaign-creator"]')]
        .find((e) => e.querySelector('button')?.textContent === n)
        ?.getAttribute('data-creator-id'),
    { timeout: 15_000 },
    name,
  );
  return `${tid('campaign-creator')}[data-creator-id="${String(await id.jsonValue())}"]`;
}

describe('campaigns', () => {
  it('runs a campaign from the roster to feedback, and a stage suggestion lands in the stage history', async () => {
    const panel = await SidePanelPage.open(rapport);
    const page = panel.page;
    await page.waitForSelector('main');
    for (const [handle, name] of [
      ['ana.travels', 'Ana Lima'],
      ['bo.eats', 'Bo Chen'],
    ] as const) {
      expect(await panel.sendToWorker('creator:save-profile', { profile: profile(handle, name) })).toMatchObject({ ok: true });
    }

    // Create the campaign.
    await panel.openView('campaigns');
    await page.type(tid('campaign-new-name'), CAMPAIGN);
    await page.select(tid('campaign-new-type'), 'seasonal');
    await page.click(tid('campaign-create'));
    expect(await textOf(page, tid('campaign-title'))).toBe(CAMPAIGN);

    // Add both creators from the roster: select them, then "Add to campaign".
    await panel.openView('roster');
    await panel.waitForRow('ana.travels');
    await panel.waitForRow('bo.eats');
    await page.click('[aria-label="Select Ana Lima"]');
    await page.click('[aria-label="Select Bo Chen"]');
    const option = await page.waitForSelector(`${tid('add-to-campaign')} option:not([value=""])`);
    await page.select(tid('add-to-campaign'), await option!.evaluate((o) => (o as HTMLOptionElement).value));
    expect(await textOf(page, tid('add-to-campaign-note'))).toBe(`2 added to ${CAMPAIGN}`);

    // The campaign now holds both; add a deliverable for each.
    await panel.openView('campaigns');
    await page.locator(tid('campaign-row')).click();
    await page.waitForSelector(tid('campaign-detail'));
    for (const [name, deliverable] of [
      ['Ana Lima', '1 reel'],
      ['Bo Chen', '3 stories'],
    ] as const) {
      const entry = await creatorEntry(page, name);
      await page.type(`${entry} ${tid('new-deliverable')}`, deliverable);
      await page.click(`${entry} ${tid('add-deliverable')}`);
      await page.waitForSelector(`${tid('board-column')}[data-status="briefed"] ${tid('board-card')}:nth-child(${name === 'Ana Lima' ? 1 : 2})`);
    }
    expect(await page.$$eval(`${tid('board-column')}[data-status="briefed"] ${tid('board-card')}`, (cards) => cards.length)).toBe(2);

    // A budget, Ana's fee, and the campaign goes live: spend shows against the budget.
    await typeInto(page, tid('campaign-detail'), 'Budget', '5000');
    await typeInto(page, await creatorEntry(page, 'Ana Lima'), 'Fee (USD)', '1200');
    await page.select(tid('campaign-status'), 'live');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('1,200 USD committed of 5,000 USD (24%)'),
      { timeout: 15_000 },
      tid('campaign-spend'),
    );

    // Move Ana's reel to published on the board.
    await page.select('[aria-label="Move 1 reel for Ana Lima"]', 'published');
    await page.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent?.includes('1 reel'),
      { timeout: 15_000 },
      `${tid('board-column')}[data-status="published"]`,
    );
    expect(await textOf(page, `${tid('board-column')}[data-status="published"] h4`)).toBe('Published (1)');
    expect(await textOf(page, `${tid('board-column')}[data-status="briefed"] h4`)).toBe('Briefed (1)');

    // Mark Ana's collaboration done: Rapport asks for the brief-adherence rating there and then.
    const ana = await creatorEntry(page, 'Ana Lima');
    await page.click(`${ana} ${tid('collab-mark-done')}`);
    await page.click(`${ana} ${tid('collab-rate')} [data-rating="5"]`);
    await page.waitForFunction((sel) => document.querySelector(sel)?.textContent?.includes('brief adherence 5/5'), { timeout: 15_000 }, ana);
    await page.setViewport({ width: 480, height: 1000 });
    await page.evaluate(() => document.querySelector('[data-testid="campaign-detail"]')?.scrollTo(0, 0));
    await saveScreenshot(page, 'campaign-view.png');
    expect(await panel.seriousA11yViolations(), 'campaign view').toEqual([]);

    // The feedback reminder is in the due list.
    await panel.openView('due');
    await page.waitForFunction(() => document.body.textContent?.includes('Share performance feedback by'), { timeout: 15_000 });
    const due = await textOf(page, 'section[aria-label="Due"]');
    expect(due).toMatch(/Ana Lima.*Share performance feedback by .* \(Spring launch 2027\)/);
    expect(due).toMatch(/Celebrate the win by/);

    // Ana's page suggests an active partnership; accepting puts it in the stage history with the reason.
    await panel.openView('roster');
    await panel.openRow('ana.travels');
    const suggestion = await textOf(page, tid('stage-suggestion'));
    expect(suggestion).toContain('Suggested: Active partner.');
    expect(suggestion).toContain(`"${CAMPAIGN}" was completed with brief adherence 5/5`);
    await page.click(tid('stage-suggestion-accept'));
    await page.waitForSelector(tid('stage-suggestion'), { hidden: true, timeout: 15_000 });
    const history = await textOf(page, tid('stage-history'));
    expect(history).toMatch(/Stage → Active partner: Suggested: "Spring launch 2027" was completed with brief adherence 5\/5/);
    await page.close();
  });

  it('adds a creator to a campaign from the card on their profile page, and the campaign shows them', async () => {
    const tab = await rapport.newPage();
    const errors = collectRapportErrors(tab);
    await tab.goto('https://www.instagram.com/pluto__travel/', { waitUntil: 'domcontentloaded' });
    const overlay = new OverlayPage(tab);
    await overlay.waitForHandle('pluto__travel');
    await overlay.save();
    const frame = await overlay.waitForFrame();
    const picker = await frame.waitForSelector(`${tid('overlay-add-to-campaign')} option:not([value=""])`, { timeout: 15_000 });
    await frame.select(tid('overlay-add-to-campaign'), await picker!.evaluate((o) => (o as HTMLOptionElement).value));
    await frame.waitForFunction((sel) => document.querySelector(sel)?.textContent?.startsWith('1 added to'), { timeout: 15_000 }, tid('add-to-campaign-note'));
    await frame.waitForFunction(
      (sel) => document.querySelector(sel)?.textContent === `In campaign: ${'Spring launch 2027'}`,
      { timeout: 15_000 },
      tid('in-campaigns'),
    );
    expect(errors).toEqual([]);

    const panel = await SidePanelPage.open(rapport);
    await panel.openView('campaigns');
    await panel.page.locator(tid('campaign-row')).click();
    await panel.page.waitForFunction(() => document.querySelectorAll('[data-testid="campaign-creator"]').length === 3, { timeout: 15_000 });
    await panel.page.close();
    await tab.close();
  });

  it('keeps a segment warm between campaigns: only creators with no live campaign, the message filled in, one touch logged each', async () => {
    const panel = await SidePanelPage.open(rapport);
    const page = panel.page;
    await panel.waitForRow('ana.travels');
    await page.click('[aria-label="Select Ana Lima"]');
    await page.click('[aria-label="Select Bo Chen"]');
    await page.select('[aria-label="Set segment of selected"]', 'community-advocate');
    // The bulk edit is one transaction; the roster shows its outcome once it committed.
    for (const handle of ['ana.travels', 'bo.eats']) {
      await page.waitForSelector(`[data-testid="roster-row"][data-handle="${handle}"] [title="Community Advocate"]`, { timeout: 15_000 });
    }

    await panel.openView('campaigns');
    await page.click(tid('keep-warm-open'));
    await page.select(tid('keep-warm-segment'), 'community-advocate');
    await page.select(tid('keep-warm-kind'), 'early-access');
    await page.click(tid('keep-warm-start'));
    // Bo's collaboration in the live campaign is under way, so only Ana (done with hers) is in the queue.
    await page.waitForFunction(
      () => document.querySelector<HTMLTextAreaElement>('[aria-label="Message to send"]')?.value.startsWith('Hi Ana! You get early access'),
      { timeout: 15_000 },
    );
    expect(await textOf(page, tid('keep-warm-current'))).toContain('1 of 1');
    await page.click(tid('keep-warm-log'));
    expect(await textOf(page, tid('keep-warm-done'))).toBe('Queue done: 1 touch(es) logged.');

    await panel.openView('roster');
    await panel.openRow('ana.travels');
    await page.waitForFunction(
      () => [...document.querySelectorAll('[data-testid="timeline-summary"]')].some((e) => e.textContent?.startsWith('Early access: Hi Ana!')),
      { timeout: 15_000 },
    );
    await page.close();
  });
});
