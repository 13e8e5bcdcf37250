/** Page object for the side panel, opened as a tab (the same page the real panel shows). */
import type { Page } from 'puppeteer-core';
import type { RapportBrowser } from '../harness/launch';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export class SidePanelPage {
  private constructor(readonly page: Page) {}

  static async open(rapport: RapportBrowser, query: Record<string, string> = {}): Promise<SidePanelPage> {
    const page = await rapport.newPage();
    const search = new URLSearchParams(query).toString();
    await page.goto(rapport.extensionUrl(`sidepanel.html${search ? `?${search}` : ''}`));
    return new SidePanelPage(page);
  }

  /** Handles of the roster rows currently rendered. */
  async rowHandles(): Promise<string[]> {
    return this.page.$$eval('[data-testid="roster-row"]', (rows) => rows.map((r) => r.getAttribute('data-handle') ?? ''));
  }

  async waitForRow(handle: string): Promise<void> {
    await this.page.waitForSelector(`[data-testid="roster-row"][data-handle="${handle}"]`, { timeout: 15_000 });
  }

  /** Sends a message to the worker exactly as an extension page does. */
  async sendToWorker(type: string, data: unknown): Promise<unknown> {
    return this.page.evaluate((t, d) => chrome.runtime.sendMessage({ type: t, data: d }), type, data);
  }

  /** Opens one of the panel's views (roster, due, pipeline, campaigns, portfolio, templates, settings). */
  async openView(view: 'roster' | 'due' | 'pipeline' | 'campaigns' | 'portfolio' | 'templates' | 'settings'): Promise<void> {
    await this.page.locator(`[data-testid="open-${view}"]`).click();
  }

  /** Presses "/" and waits until the search box has focus. */
  async focusSearchWithSlash(): Promise<void> {
    await this.page.keyboard.press('/');
    await this.page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'roster-search', { timeout: 15_000 });
  }

  /** Types into the roster search (replacing what was there). */
  async search(text: string): Promise<void> {
    const input = await this.page.waitForSelector('[data-testid="roster-search"]', { timeout: 15_000 });
    await input!.click({ count: 3 });
    await this.page.keyboard.press('Backspace');
    if (text) await input!.type(text);
  }

  /** Waits until every creator is in memory (search and filters then see the whole roster). */
  async waitForRosterComplete(): Promise<void> {
    await this.page.waitForSelector('[data-testid="roster-status"][data-complete="true"]', { timeout: 30_000 });
  }

  async openRow(handle: string): Promise<void> {
    await this.waitForRow(handle);
    // A locator retries when the virtualised row is re-rendered between finding and clicking it.
    await this.page.locator(`[data-testid="roster-row"][data-handle="${handle}"] button`).click();
    await this.page.waitForSelector('[data-testid="creator-detail"]', { timeout: 15_000 });
  }

  async creatorName(): Promise<string> {
    const el = await this.page.waitForSelector('[data-testid="creator-name"]', { timeout: 15_000 });
    return (await el!.evaluate((e) => e.textContent ?? '')).trim();
  }

  /** Opens the log form from a creator's page, types the summary and presses Enter. */
  async logTouch(summary: string): Promise<void> {
    await this.page.locator('[data-testid="log-touch"]').click();
    const box = await this.page.waitForSelector('[data-testid="log-summary"]', { timeout: 15_000 });
    await box!.type(summary);
    await this.page.keyboard.press('Enter');
    await this.page.waitForSelector('dialog[open]', { hidden: true, timeout: 15_000 });
  }

  /** The summaries in the creator's timeline, newest first. */
  async timeline(): Promise<string[]> {
    return this.page.$$eval('[data-testid="timeline-item"] [data-testid="timeline-summary"]', (els) => els.map((e) => (e.textContent ?? '').trim()));
  }

  async waitForTimeline(count: number): Promise<void> {
    await this.page.waitForFunction((n) => document.querySelectorAll('[data-testid="timeline-item"]').length === n, { timeout: 15_000 }, count);
  }

  /** Runs axe-core on the page and returns the serious and critical violations (id: nodes). */
  async seriousA11yViolations(): Promise<string[]> {
    // Extension pages forbid inline scripts (CSP), so addScriptTag cannot inject axe; evaluating its source can.
    if (!(await this.page.evaluate(() => 'axe' in window))) await this.page.evaluate(readFileSync(AXE_PATH, 'utf8'));
    const results = await this.page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; impact?: string | null; nodes: { target: unknown[] }[] }[] }> };
        }
      ).axe;
      const r = await axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v) => ({ id: v.id, impact: v.impact ?? '', targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
    });
    return results.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.targets.join(', ')}`);
  }

  /** Sends downloads from this page to `dir` (for export tests). */
  async allowDownloads(dir: string): Promise<void> {
    const session = await this.page.createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
  }
}
