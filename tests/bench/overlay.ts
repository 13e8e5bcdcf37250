/**
 * overlay_ready_ms: from the profile page's DOMContentLoaded to the overlay frame
 * painting the creator's roster data ([data-testid="overlay-saved"]), with the
 * creator on a large roster. overlay_frame_heap_mb: the JS heap the overlay frame
 * uses once shown, after a garbage collection.
 *
 * Both timestamps are wall-clock (performance.timeOrigin + now) taken inside the
 * page and inside the frame, so no CDP round trip is counted. The frame's
 * timestamp comes from a preload script puppeteer installs in every frame,
 * including the out-of-process extension frame.
 */
import type { Page } from 'puppeteer-core';
import type { RapportBrowser } from '../e2e/harness/launch';
import { median } from './stats';
import { PROFILE_FIXTURE, PROFILE_URL, overlayFrame, sleep } from './session';
import { NotMeasurableError, type Measured } from './metrics';

/** Runs in every frame; only acts in the overlay frame. Plain JS source: it is not bundled. */
const READY_PROBE = `(() => {
  if (!location.href.startsWith('chrome-extension://') || !location.pathname.endsWith('/overlay.html')) return;
  const mark = () => {
    if (window.__rapportBenchReadyAt) return true;
    if (!document.querySelector('[data-testid="overlay-saved"]')) return false;
    // The frame after this one paints the element; a task queued from rAF runs after that paint.
    requestAnimationFrame(() => setTimeout(() => { window.__rapportBenchReadyAt = performance.timeOrigin + performance.now(); }, 0));
    window.__rapportBenchReadyAt = -1;
    return true;
  };
  const start = () => {
    if (mark()) return;
    const observer = new MutationObserver(() => { if (mark()) observer.disconnect(); });
    observer.observe(document, { childList: true, subtree: true, attributes: true });
  };
  start();
})();`;

const MB = 1024 * 1024;

interface OverlaySample {
  readyMs: number;
  heapMb: number;
}

async function heapOfFrame(rapport: RapportBrowser, page: Page): Promise<number> {
  const frame = await overlayFrame(page, 5_000);
  const target = rapport.browser.targets().find((t) => t.url() === frame.url());
  if (!target) throw new Error('No CDP target for the overlay frame (is it out-of-process?)');
  const session = await target.createCDPSession();
  try {
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize / MB;
  } finally {
    await session.detach();
  }
}

async function measureOnce(rapport: RapportBrowser): Promise<OverlaySample> {
  const page = await rapport.newPage();
  try {
    await page.evaluateOnNewDocument(READY_PROBE);
    await page.goto(PROFILE_URL, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const frame = await overlayFrame(page, 10_000);
    const deadline = Date.now() + 15_000;
    let readyAt = 0;
    while (Date.now() < deadline) {
      readyAt = await frame
        .evaluate(() => (window as unknown as { __rapportBenchReadyAt?: number }).__rapportBenchReadyAt ?? 0)
        .catch(() => 0);
      if (readyAt > 0) break;
      await sleep(25);
    }
    if (readyAt <= 0) {
      const shown = await frame.$('[data-testid="overlay-handle"]');
      throw new NotMeasurableError(
        shown
          ? 'the overlay shows the profile but never [data-testid="overlay-saved"] for a creator on the roster'
          : 'the overlay never showed the profile',
      );
    }
    const dclAt = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
      return nav ? performance.timeOrigin + nav.domContentLoadedEventStart : 0;
    });
    if (!dclAt) throw new Error('No navigation timing on the profile page');
    // Let the card settle (follower snapshot refresh, layout) before reading the heap.
    await sleep(1000);
    return { readyMs: readyAt - dclAt, heapMb: await heapOfFrame(rapport, page) };
  } finally {
    await page.close();
  }
}

/**
 * The extension's pages share one renderer process, so every other extension
 * page must be closed first: the heap figure is the isolate's.
 */
export async function measureOverlay(rapport: RapportBrowser, runs: number): Promise<{ ready: Measured; heap: Measured }> {
  rapport.server.servePage(PROFILE_URL, PROFILE_FIXTURE);
  const extensionPages = (await rapport.browser.pages()).filter((p) => p.url().startsWith('chrome-extension://'));
  if (extensionPages.length > 0) throw new Error(`Close the extension pages first: ${extensionPages.map((p) => p.url()).join(', ')}`);
  await measureOnce(rapport); // warm-up: first frame in a fresh extension process
  const samples: OverlaySample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await measureOnce(rapport));
  const ready = samples.map((s) => s.readyMs);
  const heap = samples.map((s) => s.heapMb);
  return {
    ready: { value: median(ready), runs, samples: ready },
    heap: { value: median(heap), runs, samples: heap },
  };
}
