/**
 * Page object for Rapport's overlay on a host page. The overlay is an
 * extension frame (path /overlay.html) inside a closed shadow root of the
 * single <rapport-overlay> element; puppeteer reaches the frame directly.
 */
import type { Frame, Page, Target } from 'puppeteer-core';

const FRAME_TIMEOUT = 15_000;
const tid = (id: string) => `[data-testid="${id}"]`;

export type TouchOption = 'dm-sent' | 'email-sent' | 'call' | 'reply-received';

export class OverlayPage {
  constructor(readonly page: Page) {}

  /** The overlay frame, if one is mounted now. */
  frame(): Frame | undefined {
    return this.page.frames().find((f) => {
      try {
        return new URL(f.url()).pathname === '/overlay.html';
      } catch {
        return false;
      }
    });
  }

  async waitForFrame(timeout = FRAME_TIMEOUT): Promise<Frame> {
    const started = Date.now();
    for (;;) {
      const frame = this.frame();
      if (frame && !frame.detached) return frame;
      if (Date.now() - started > timeout) throw new Error('The Rapport overlay frame did not appear');
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Number of <rapport-overlay> hosts on the page (must be 0 or 1). */
  hostCount(): Promise<number> {
    return this.page.$$eval('rapport-overlay', (els) => els.length);
  }

  async text(testId: string): Promise<string> {
    const frame = await this.waitForFrame();
    const el = await frame.waitForSelector(tid(testId), { timeout: FRAME_TIMEOUT });
    return (await el!.evaluate((e) => e.textContent ?? '')).trim();
  }

  async attribute(testId: string, name: string): Promise<string | null> {
    const frame = await this.waitForFrame();
    const el = await frame.waitForSelector(tid(testId), { timeout: FRAME_TIMEOUT });
    return el!.evaluate((e, n) => e.getAttribute(n), name);
  }

  /** Waits until the card shows this handle (as "@handle") and the roster lookup finished. */
  async waitForHandle(handle: string, timeout = FRAME_TIMEOUT): Promise<void> {
    const frame = await this.waitForFrame(timeout);
    await frame.waitForFunction(
      (sel, expected) => document.querySelector(sel)?.textContent?.trim() === `@${expected}`,
      { timeout },
      tid('overlay-handle'),
      handle,
    );
    await frame.waitForFunction(
      (a, b, c) => !!document.querySelector(a) || !!document.querySelector(b) || !!document.querySelector(c),
      { timeout },
      tid('overlay-save'),
      tid('overlay-saved'),
      tid('overlay-unreadable'),
    );
    await this.waitForStableLayout();
  }

  /**
   * The host frame follows the card's size a moment after each render (the frame
   * reports it over the port). Clicks aimed while it still moves can miss, so wait
   * until the frame is as large as what it shows and has stopped changing.
   */
  async waitForStableLayout(timeout = FRAME_TIMEOUT): Promise<void> {
    const frame = await this.waitForFrame();
    const started = Date.now();
    let previous = '';
    for (;;) {
      const box = await this.hostBox();
      const content = await frame
        .evaluate(() => {
          const r = document.querySelector('[data-testid="overlay-root"]')?.getBoundingClientRect();
          return r ? { width: Math.ceil(r.width), height: Math.ceil(r.height) } : null;
        })
        .catch(() => null);
      const key = JSON.stringify([box?.width, box?.height]);
      const fits = !!box && !!content && Math.abs(box.height - Math.min(420, content.height)) <= 1 && Math.abs(box.width - content.width) <= 1;
      if (fits && key === previous) return;
      previous = key;
      if (Date.now() - started > timeout) throw new Error(`The overlay frame did not settle (${key}, content ${JSON.stringify(content)})`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  async isSaved(): Promise<boolean> {
    const frame = await this.waitForFrame();
    return (await frame.$(tid('overlay-saved'))) !== null;
  }

  /** One click on "Save to roster", then waits for the saved state. */
  async save(): Promise<void> {
    const frame = await this.waitForFrame();
    await this.waitForStableLayout();
    await frame.click(tid('overlay-save'));
    await frame.waitForSelector(tid('overlay-saved'), { timeout: FRAME_TIMEOUT });
    await this.waitForStableLayout();
  }

  /** Replaces the fit notes by typing, and waits until they are saved. */
  async setFitNotes(notes: string): Promise<void> {
    const frame = await this.waitForFrame();
    const area = await frame.waitForSelector(tid('overlay-fit-notes'), { timeout: FRAME_TIMEOUT });
    await area!.click({ count: 3 });
    await area!.evaluate((e) => (e as HTMLTextAreaElement).select());
    await this.page.keyboard.press('Backspace');
    await area!.type(notes);
    await frame.waitForSelector(`${tid('overlay-fit-notes-status')}[data-status="saved"]`, { timeout: FRAME_TIMEOUT });
  }

  async fitNotes(): Promise<string> {
    const frame = await this.waitForFrame();
    const area = await frame.waitForSelector(tid('overlay-fit-notes'), { timeout: FRAME_TIMEOUT });
    return area!.evaluate((e) => (e as HTMLTextAreaElement).value);
  }

  /** Logs a touch in two clicks; resolves once it is stored. */
  async logTouch(option: TouchOption = 'dm-sent'): Promise<void> {
    const frame = await this.waitForFrame();
    await this.waitForStableLayout();
    await frame.click(tid('overlay-log-touch'));
    await frame.click(`${tid('overlay-touch-option')}[data-touch="${option}"]`);
    await frame.waitForSelector(`${tid('overlay-touch-result')}[role="status"]`, { timeout: FRAME_TIMEOUT });
  }

  /** Number of touches listed in the overlay's history. */
  async historyCount(): Promise<number> {
    const frame = await this.waitForFrame();
    return frame.$$eval(`${tid('overlay-history')} ${tid('overlay-history-item')}`, (els) => els.length);
  }

  /** Clicks "Open in side panel" and resolves with the side panel's target. */
  async openPanel(): Promise<Target> {
    const frame = await this.waitForFrame();
    const opened = this.page.browser().waitForTarget((t) => t.url().includes('/sidepanel.html') && t.type() === 'page', { timeout: FRAME_TIMEOUT });
    await this.waitForStableLayout();
    await frame.click(tid('overlay-open-panel'));
    return opened;
  }

  /** Selected segment / stage ids (the hooks are <select> elements). */
  async segment(): Promise<string> {
    return (await this.selectValue('overlay-segment')) ?? '';
  }

  async stage(): Promise<string> {
    return (await this.selectValue('overlay-stage')) ?? '';
  }

  private async selectValue(testId: string): Promise<string | null> {
    const frame = await this.waitForFrame();
    const el = await frame.waitForSelector(tid(testId), { timeout: FRAME_TIMEOUT });
    return el!.evaluate((e) => (e as HTMLSelectElement).value);
  }

  async collapse(): Promise<void> {
    const frame = await this.waitForFrame();
    await this.waitForStableLayout();
    await frame.click(tid('overlay-collapse'));
    await frame.waitForSelector(tid('overlay-expand'), { timeout: FRAME_TIMEOUT });
    await this.waitForStableLayout();
  }

  async expand(): Promise<void> {
    const frame = await this.waitForFrame();
    await this.waitForStableLayout();
    await frame.click(tid('overlay-expand'));
    await frame.waitForSelector(tid('overlay-collapse'), { timeout: FRAME_TIMEOUT });
    await this.waitForStableLayout();
  }

  /** Size of the host element on the page (the frame is resized to what the overlay shows). */
  async hostBox(): Promise<{ width: number; height: number; right: number; bottom: number } | null> {
    return this.page.evaluate(() => {
      const host = document.querySelector('rapport-overlay');
      if (!host) return null;
      const r = host.getBoundingClientRect();
      return { width: r.width, height: r.height, right: window.innerWidth - r.right, bottom: window.innerHeight - r.bottom };
    });
  }
}

/**
 * Collects errors that come from Rapport: console errors and uncaught errors
 * whose source is an extension URL or that mention Rapport. Saved real pages
 * also log their own errors (their scripts and assets 404 locally); those are
 * not Rapport's and are not collected.
 */
export function collectRapportErrors(page: Page): string[] {
  const errors: string[] = [];
  const ours = (text: string, url: string | undefined) => (url ?? '').startsWith('chrome-extension://') || /rapport|extension context/i.test(text);
  page.on('console', (message) => {
    if (message.type() !== 'error' && message.type() !== 'warn') return;
    const url = message.location().url;
    const stack = message
      .stackTrace()
      .map((f) => f.url ?? '')
      .join(' ');
    if (ours(message.text(), url) || stack.includes('chrome-extension://')) errors.push(`console.${message.type()}: ${message.text()} (${url ?? ''})`);
  });
  page.on('pageerror', (error) => {
    const text = error instanceof Error ? `${error.message}\n${error.stack ?? ''}` : String(error);
    if (ours(text, undefined)) errors.push(`pageerror: ${text}`);
  });
  return errors;
}
