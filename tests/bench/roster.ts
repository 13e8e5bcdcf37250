/**
 * The side panel at 100,000 creators, measured through its real UI:
 * - roster_first_rows_100k_ms: navigation start of sidepanel.html (opening the
 *   panel) to the frame that paints the first [data-testid="roster-row"];
 * - roster_all_filterable_100k_ms: navigation start of sidepanel.html to the
 *   frame that paints [data-testid="roster-status"][data-complete="true"], the
 *   moment search and every filter cover all creators;
 * - roster_search_100k_ms: a keystroke in [data-testid="roster-search"] to the
 *   paint after the last change it caused to the page (debounce, query and
 *   render included), p95 over many keystrokes.
 */
import type { Page } from 'puppeteer-core';
import type { RapportBrowser } from '../e2e/harness/launch';
import { median, percentile } from './stats';
import { sleep } from './session';
import { NotMeasurableError, type Measured } from './metrics';

/** A paint to wait for: the first frame painted after `selector` matches, recorded in window[global]. */
interface PaintProbe {
  selector: string;
  global: string;
  /** Installed before the panel's scripts run. Plain JS source: it is not bundled. */
  source: string;
}

const paintProbe = (selector: string, global: string): PaintProbe => ({ selector, global, source: `(() => {
  const mark = () => {
    if (!document.querySelector(${JSON.stringify(selector)})) return false;
    requestAnimationFrame(() => setTimeout(() => { window[${JSON.stringify(global)}] = performance.now(); }, 0));
    return true;
  };
  const observer = new MutationObserver(() => { if (mark()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-complete'] });
})();` });

/** The status line once every creator is in memory (search and filters see the whole roster). */
const ROSTER_COMPLETE = '[data-testid="roster-status"][data-complete="true"]';

const FIRST_ROWS_PROBE = paintProbe('[data-testid="roster-row"]', '__rapportBenchFirstRows');
const ALL_FILTERABLE_PROBE = paintProbe(ROSTER_COMPLETE, '__rapportBenchAllFilterable');

/** Records keystrokes on the search box and the paints after every DOM change. */
const SEARCH_PROBE = `(() => {
  const input = document.querySelector('[data-testid="roster-search"]');
  const s = (window.__rapportBenchSearch = { keydownAt: 0, lastMutationAt: 0, lastPaintAt: 0, mutations: 0 });
  input.addEventListener('keydown', (e) => {
    s.keydownAt = e.timeStamp; s.lastMutationAt = 0; s.lastPaintAt = 0; s.mutations = 0;
  }, true);
  new MutationObserver((records) => {
    if (records.every((r) => r.target === input)) return;
    s.mutations++;
    const at = (s.lastMutationAt = performance.now());
    requestAnimationFrame(() => setTimeout(() => { if (s.lastMutationAt === at) s.lastPaintAt = performance.now(); }, 0));
  }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
})();`;

interface SearchState {
  keydownAt: number;
  lastMutationAt: number;
  lastPaintAt: number;
  mutations: number;
}

async function openPanel(rapport: RapportBrowser, probe: string): Promise<Page> {
  const page = await rapport.newPage();
  await page.evaluateOnNewDocument(probe);
  await page.goto(rapport.extensionUrl('sidepanel.html'), { waitUntil: 'domcontentloaded' });
  return page;
}

async function paintedAt(page: Page, probe: PaintProbe, timeoutMs: number): Promise<number> {
  const handle = await page
    .waitForFunction((name: string) => (window as unknown as Record<string, number | undefined>)[name], { timeout: timeoutMs, polling: 20 }, probe.global)
    .catch(() => null);
  if (!handle) throw new NotMeasurableError(`the side panel painted no ${probe.selector} within ${timeoutMs} ms`);
  return (await handle.jsonValue()) as number;
}

/**
 * Opens the panel `runs` times (after one warm-up) and takes the median time to
 * the probe's paint. Each panel is closed only once the whole roster is in: the
 * first rows paint while the large read is still running, and a panel closed
 * then leaves that read to the database, which the next opening would wait behind.
 */
async function measurePanelPaint(rapport: RapportBrowser, runs: number, probe: PaintProbe): Promise<Measured> {
  const samples: number[] = [];
  for (let i = -1; i < runs; i++) {
    const page = await openPanel(rapport, probe.source);
    try {
      const at = await paintedAt(page, probe, 60_000);
      if (i >= 0) samples.push(at); // run -1 warms the extension process and disk cache
      await page.waitForSelector(ROSTER_COMPLETE, { timeout: 60_000 });
    } finally {
      await page.close();
    }
  }
  return { value: median(samples), runs, samples };
}

export const measureFirstRows = (rapport: RapportBrowser, runs: number) => measurePanelPaint(rapport, runs, FIRST_ROWS_PROBE);

export const measureAllFilterable = (rapport: RapportBrowser, runs: number) => measurePanelPaint(rapport, runs, ALL_FILTERABLE_PROBE);

/** Waits until the page has been quiet for `quietMs` after a keystroke; null if the keystroke changed nothing. */
async function settle(page: Page, quietMs: number, noChangeMs: number): Promise<SearchState | null> {
  const started = Date.now();
  for (;;) {
    await sleep(30);
    const { state, now } = await page.evaluate(() => ({
      state: (window as unknown as { __rapportBenchSearch: SearchState }).__rapportBenchSearch,
      now: performance.now(),
    }));
    if (state.mutations === 0) {
      if (Date.now() - started > noChangeMs) return null;
      continue;
    }
    if (now - state.lastMutationAt >= quietMs && state.lastPaintAt >= state.lastMutationAt) return { ...state };
    if (Date.now() - started > 60_000) throw new Error('The roster kept changing for a minute after a keystroke');
  }
}

export const SEARCH_QUERIES = ['luna', 'mateo', 'garcia', 'kai', 'sofia', 'omar', 'nina', 'park'];

export async function measureSearch(rapport: RapportBrowser): Promise<Measured> {
  const page = await openPanel(rapport, FIRST_ROWS_PROBE.source);
  try {
    await paintedAt(page, FIRST_ROWS_PROBE, 30_000);
    const input = await page.$('[data-testid="roster-search"]');
    if (!input) throw new NotMeasurableError('the side panel has no [data-testid="roster-search"]');
    // Search runs on the whole roster once it is in memory: wait for that, as a user would see "all loaded".
    if (await page.$('[data-testid="roster-status"]')) {
      await page
        .waitForSelector(ROSTER_COMPLETE, { timeout: 180_000 })
        .catch(() => {
          throw new NotMeasurableError('the roster never reported data-complete="true" within 3 minutes');
        });
    }
    await page.evaluate(SEARCH_PROBE);
    await sleep(1500);
    await input.click();
    const samples: number[] = [];
    let unchanged = 0;
    const keystroke = async (key: string) => {
      await page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]);
      const state = await settle(page, 400, 3000);
      if (state) samples.push(state.lastPaintAt - state.keydownAt);
      else unchanged++;
    };
    for (const query of SEARCH_QUERIES) {
      for (const ch of query) await keystroke(ch);
      // Select all, then one Backspace: the keystroke that brings the whole roster back.
      await page.keyboard.down('Control');
      await page.keyboard.press('KeyA');
      await page.keyboard.up('Control');
      await keystroke('Backspace');
    }
    if (samples.length < 10) throw new NotMeasurableError(`only ${samples.length} keystrokes changed the roster (${unchanged} did not)`);
    return {
      value: percentile(samples, 95),
      runs: samples.length,
      samples,
      note: `median ${median(samples).toFixed(1)} ms over ${samples.length} keystrokes${unchanged ? `; ${unchanged} changed nothing and were not counted` : ''}`,
    };
  } finally {
    await page.close();
  }
}
