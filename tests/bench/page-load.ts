/**
 * Added main-thread script time: the same saved page loaded in a browser
 * without the extension (A), with it (B) and, for a profile page, with the
 * frame-floor extension (C, see frame-floor.ts), in rotating order (A B C, B C A,
 * C A B, …) so a noisy machine slows every side alike. Each figure is the median
 * of the per-round differences (B minus the A of its round; C minus A for the
 * floor). Each load gets a fresh tab, a fixed observation window from navigation
 * start, then page.metrics().ScriptDuration, which includes the content script's
 * isolated world. The overlay's own frame is an out-of-process iframe: it runs on
 * another thread and is not counted here (its heap is measured separately).
 *
 * ScriptDuration also moves with the page's own scripts, so each case adds a
 * figure from Chromium traces that counts only the extension's own events on the
 * page's main thread (ownScriptMs), which the page's noise does not reach.
 */
import type { RapportBrowser } from '../e2e/harness/launch';
import { median, pairedDifferences } from './stats';
import { extensionFrame, overlayFrame, sleep } from './session';
import { NotMeasurableError, type Measured } from './metrics';
import { ownScriptOf, type OwnScript, type TraceEvent } from './trace';

export interface LoadCase {
  url: string;
  fixture: string;
  /** Wait for the overlay card in the B side (and the floor's frame in C) before the window closes. */
  expectOverlay: boolean;
  runs: number;
  /** Traced loads for the own-script figure. */
  tracedRuns: number;
  /** Observation window from navigation start, the same for every side. */
  windowMs: number;
}

export interface LoadSides {
  without: RapportBrowser;
  withExt: RapportBrowser;
  /** The frame-floor extension, for a profile page. */
  floor?: { browser: RapportBrowser; worldName: string };
}

export interface PageLoadFigures {
  /** Median of B − A: the existing *_added_script_ms. */
  added: Measured;
  /** Rapport's own main-thread work from traces; on a profile page, less the floor's (frame creation). */
  own: Measured;
  /** Median of C − A, when there is a floor. */
  floor?: Measured;
  /** added / floor. */
  floorRatio?: Measured;
}

type Side = 'a' | 'b' | 'c';

async function loadOnce(rapport: RapportBrowser, c: LoadCase, side: Side): Promise<number> {
  const page = await rapport.newPage();
  try {
    const started = Date.now();
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
    if (c.expectOverlay && side === 'b') {
      const frame = await overlayFrame(page, 10_000);
      await frame.waitForSelector('[data-testid="overlay-handle"]', { timeout: 10_000 }).catch(() => {
        throw new NotMeasurableError('the overlay frame never showed [data-testid="overlay-handle"]');
      });
    }
    if (c.expectOverlay && side === 'c') await extensionFrame(page, '/frame.html', 10_000);
    const left = c.windowMs - (Date.now() - started);
    if (left < 0) throw new Error(`Load took longer than the ${c.windowMs} ms window (${Date.now() - started} ms): widen it`);
    await sleep(left);
    const metrics = await page.metrics();
    return (metrics.ScriptDuration ?? NaN) * 1000;
  } finally {
    await page.close();
  }
}

async function tracedLoad(rapport: RapportBrowser, c: LoadCase, worldName: string): Promise<OwnScript> {
  const page = await rapport.newPage();
  try {
    await page.tracing.start({ categories: ['devtools.timeline', 'v8.execute', 'v8', 'disabled-by-default-devtools.timeline'] });
    const started = Date.now();
    await page.goto(c.url, { waitUntil: 'load', timeout: 30_000 });
    await sleep(Math.max(0, c.windowMs - (Date.now() - started)));
    const raw = await page.tracing.stop();
    const trace = JSON.parse(Buffer.from(raw ?? new Uint8Array()).toString('utf8')) as { traceEvents: TraceEvent[] };
    const own = ownScriptOf(trace.traceEvents, rapport.extensionId, worldName);
    if (!own) throw new NotMeasurableError(`no content-script evaluation of ${rapport.extensionId} in the trace of ${c.url}`);
    return own;
  } finally {
    await page.close();
  }
}

async function tracedLoads(rapport: RapportBrowser, c: LoadCase, worldName: string): Promise<OwnScript[]> {
  await tracedLoad(rapport, c, worldName); // warm-up, untimed
  const out: OwnScript[] = [];
  for (let i = 0; i < c.tracedRuns; i++) out.push(await tracedLoad(rapport, c, worldName));
  return out;
}

const ms = (n: number) => n.toFixed(1);
const spread = (xs: readonly number[]) => `min ${ms(Math.min(...xs))}, median ${ms(median(xs))}, max ${ms(Math.max(...xs))} ms`;

function describeOwn(samples: readonly OwnScript[]): string {
  const m = (pick: (o: OwnScript) => number) => ms(median(samples.map(pick)));
  return `EvaluateScript ${m((o) => o.evaluateMs)} ms (compile ${m((o) => o.compileMs)}), callbacks ${m((o) => o.callbacksMs)} ms`;
}

/** Rapport's own main-thread work from traced loads; with a floor, less the floor script's (frame creation, reported apart). */
async function ownScript(sides: LoadSides, c: LoadCase): Promise<Measured> {
  const mine = await tracedLoads(sides.withExt, c, 'Rapport');
  const mineTotals = mine.map((o) => o.totalMs);
  if (!sides.floor) return { value: median(mineTotals), runs: c.tracedRuns, samples: mineTotals, note: `${describeOwn(mine)}; ${spread(mineTotals)}` };
  // The floor's own script does nothing but create the frame.
  const frame = await tracedLoads(sides.floor.browser, c, sides.floor.worldName);
  const frameMs = median(frame.map((o) => o.totalMs));
  const ownLessFrame = mineTotals.map((t) => t - frameMs);
  return {
    value: median(ownLessFrame),
    runs: c.tracedRuns,
    samples: ownLessFrame,
    note:
      `Rapport's own events ${ms(median(mineTotals))} ms per load (${describeOwn(mine)}; ${spread(mineTotals)}) ` +
      `less frame creation ${ms(frameMs)} ms (the floor script's own events: ${describeOwn(frame)})`,
  };
}

export async function measurePageLoads(sides: LoadSides, c: LoadCase): Promise<PageLoadFigures> {
  const browsers: Partial<Record<Side, RapportBrowser>> = { a: sides.without, b: sides.withExt, c: sides.floor?.browser };
  const order: Side[] = sides.floor ? ['a', 'b', 'c'] : ['a', 'b'];
  for (const side of order) browsers[side]?.server.servePage(c.url, c.fixture);
  // Warm every side once (disk cache, extension process), untimed.
  for (const side of order) await loadOnce(browsers[side] as RapportBrowser, c, side);
  const samples: Record<Side, number[]> = { a: [], b: [], c: [] };
  for (let i = 0; i < c.runs; i++) {
    // Rotate: no side always goes first.
    for (let k = 0; k < order.length; k++) {
      const side = order[(i + k) % order.length] as Side;
      samples[side].push(await loadOnce(browsers[side] as RapportBrowser, c, side));
    }
  }
  const added = pairedDifferences(samples.a, samples.b);
  const addedNote =
    `per-round differences ${spread(added)}; ScriptDuration median ${ms(median(samples.a))} ms without, ${ms(median(samples.b))} ms with` +
    (sides.floor ? `, ${ms(median(samples.c))} ms with the frame floor` : '');
  const figures: PageLoadFigures = { added: { value: median(added), runs: c.runs, samples: added, note: addedNote }, own: await ownScript(sides, c) };
  if (sides.floor) {
    const floorDiffs = pairedDifferences(samples.a, samples.c);
    figures.floor = { value: median(floorDiffs), runs: c.runs, samples: floorDiffs, note: `per-round differences ${spread(floorDiffs)}` };
    const ratio = median(added) / median(floorDiffs);
    figures.floorRatio = {
      value: ratio,
      runs: c.runs,
      samples: [ratio],
      note: `median added ${ms(median(added))} ms / median floor ${ms(median(floorDiffs))} ms, same rounds`,
    };
  }
  return figures;
}
