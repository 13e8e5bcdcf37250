/** Page object for the side panel, opened as a tab (the same page the real panel shows). */
import type { Page } from 'puppeteer-core';
import type { RapportBrowser } from '../harness/launch';

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
}
