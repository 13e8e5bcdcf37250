/**
 * Added main-thread script time: the same saved page loaded in a browser
 * without the extension (A) and with it (B), alternately (A B B A A B …) so a
 * noisy machine slows both sides alike; the figure is the median of the per-pair
 * differences (B minus the A loaded next to it). Each load gets a fresh tab, a fixed
 * observation window from navigation start, then page.metrics().ScriptDuration,
 * which includes the content script's isolated world. The overlay's own frame is
 * an out-of-process iframe: it runs on another thread and is not counted here
 * (its heap is measured separately).
 */
import type { RapportBrowser } from '../e2e/harness/launch';
import { median, pairedDifferences } from './stats';
import { overlayFrame, sleep } from './session';
import { NotMeasurableError, type Measured } from './metrics';

export interface LoadCase {
  url: string;
  fixture: string;
  /** Wait for the overlay card in the B side before the window closes. */
  expectOverlay: boolean;
  runs: number;
  /** Observation window from navigation start, the same for both sides. */
  windowMs: number;
}

interface LoadSample {
  scriptMs: number;
  taskMs: number;
}

async function loadOnce(rapport: RapportBrowser, c: LoadCase, withOverlay: boolean): Promise<LoadSample> {
  const page = await rapport.newPage();
  try {
    const started = Date.now();
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
    if (withOverlay) {
      const frame = await overlayFrame(page, 10_000);
      await frame.waitForSelector('[data-testid="overlay-handle"]', { timeout: 10_000 }).catch(() => {
        throw new NotMeasurableError('the overlay frame never showed [data-testid="overlay-handle"]');
      });
    }
    const left = c.windowMs - (Date.now() - started);
    if (left < 0) throw new Error(`Load took longer than the ${c.windowMs} ms window (${Date.now() - started} ms): widen it`);
    await sleep(left);
    const metrics = await page.metrics();
    return { scriptMs: (metrics.ScriptDuration ?? NaN) * 1000, taskMs: (metrics.TaskDuration ?? NaN) * 1000 };
  } finally {
    await page.close();
  }
}

/**
 * One traced load with the extension: how much main-thread time the content
 * script's own evaluation and callbacks (event, timer and port listeners) took,
 * for the note next to the figure (which part of the added time is the content
 * script's, and which is the rest, e.g. the page's work caused by the overlay).
 * The top-level compile is part of EvaluateScript in the trace but not of
 * ScriptDuration, which counts running script only (with whatever it does
 * synchronously, such as creating the overlay's frame).
 */
async function contentScriptTrace(rapport: RapportBrowser, c: LoadCase): Promise<string> {
  const page = await rapport.newPage();
  try {
    await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'v8'] });
    const started = Date.now();
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(Math.max(0, c.windowMs - (Date.now() - started)));
    const raw = await page.tracing.stop();
    const trace = JSON.parse(Buffer.from(raw ?? new Uint8Array()).toString('utf8')) as {
      traceEvents: { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: unknown }[];
    };
    const events = trace.traceEvents.filter((e) => e.ph === 'X' && e.dur !== undefined);
    const site = events.find((e) => e.name === 'EvaluateScript' && JSON.stringify(e.args ?? {}).includes('/content-scripts/'));
    if (!site) return 'traced load: no content-script evaluation in the trace';
    // The extension's events on the page's main thread; nested ones are counted once, in the outermost.
    const mine = events
      .filter((e) => e.pid === site.pid && e.tid === site.tid && /chrome-extension:|"worldName":"Rapport"/.test(JSON.stringify(e.args ?? {})))
      .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
    const sum = { site: 0, compile: 0, callbacks: 0 };
    let end = -1;
    for (const e of mine) {
      if (e.name === 'v8.compile' && e.ts >= site.ts && e.ts < site.ts + (site.dur ?? 0)) sum.compile += (e.dur ?? 0) / 1000;
      if (e.ts < end) continue;
      end = e.ts + (e.dur ?? 0);
      const ms = (e.dur ?? 0) / 1000;
      if (e === site) sum.site += ms;
      else sum.callbacks += ms;
    }
    const ms = (n: number) => n.toFixed(1);
    return `traced load: content script EvaluateScript ${ms(sum.site)} ms (v8.compile ${ms(sum.compile)}), callbacks ${ms(sum.callbacks)} ms`;
  } finally {
    await page.close();
  }
}

export async function addedScriptTime(without: RapportBrowser, withExt: RapportBrowser, c: LoadCase): Promise<Measured> {
  for (const r of [without, withExt]) r.server.servePage(c.url, c.fixture);
  // Warm both sides once (disk cache, extension process), untimed.
  await loadOnce(without, c, false);
  await loadOnce(withExt, c, c.expectOverlay);
  const a: LoadSample[] = [];
  const b: LoadSample[] = [];
  for (let i = 0; i < c.runs; i++) {
    // ABBA order: neither side always goes first.
    const order = i % 2 === 0 ? (['a', 'b'] as const) : (['b', 'a'] as const);
    for (const side of order) {
      if (side === 'a') a.push(await loadOnce(without, c, false));
      else b.push(await loadOnce(withExt, c, c.expectOverlay));
    }
  }
  const traced = await contentScriptTrace(withExt, c);
  const scriptA = a.map((s) => s.scriptMs);
  const scriptB = b.map((s) => s.scriptMs);
  // Each pair ran back to back, so the median of the pair differences is what drift on a busy machine moves least.
  const differences = pairedDifferences(scriptA, scriptB);
  return {
    value: median(differences),
    runs: c.runs,
    samples: differences,
    note:
      `ScriptDuration median ${median(scriptA).toFixed(1)} ms without, ${median(scriptB).toFixed(1)} ms with ` +
      `(difference of medians ${(median(scriptB) - median(scriptA)).toFixed(1)} ms); ` +
      `TaskDuration ${median(a.map((s) => s.taskMs)).toFixed(1)} vs ${median(b.map((s) => s.taskMs)).toFixed(1)} ms; ${traced}`,
  };
}
