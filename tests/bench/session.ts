/**
 * Helpers over the e2e harness for the benchmark: the bench page (bench.js in an
 * extension-origin document), the overlay frame, and small waits.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { RapportBrowser } from '../e2e/harness/launch';
import type { BenchApi } from './in-page';
import { NotMeasurableError } from './metrics';

export const PROFILE_URL = 'https://www.instagram.com/pluto__travel/';
export const PROFILE_FIXTURE = 'instagram/metascraper-pluto__travel-2025.html';
/** A real, large Instagram page served at a path that is not a profile. */
export const NONPROFILE_URL = 'https://www.instagram.com/explore/';
export const NONPROFILE_FIXTURE = PROFILE_FIXTURE;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

type Api = { rapportBench: BenchApi };

export interface BenchPage {
  page: Page;
  /** Calls one method of the in-page API (arguments and result cross as JSON). */
  call<M extends keyof BenchApi>(method: M, ...args: Parameters<BenchApi[M]>): Promise<Awaited<ReturnType<BenchApi[M]>>>;
  /** The same for calls that may outlast the CDP protocol timeout: started in the page, then polled. */
  callLong<M extends keyof BenchApi>(method: M, ...args: Parameters<BenchApi[M]>): Promise<Awaited<ReturnType<BenchApi[M]>>>;
  close(): Promise<void>;
}

/** bench.js loaded into an extension-origin document with no product UI of its own. */
export async function openBenchPage(rapport: RapportBrowser): Promise<BenchPage> {
  const page = await rapport.newPage();
  // Serve bench.js itself as the host document: an inert extension page, same origin as the product.
  await page.goto(rapport.extensionUrl('bench.js'));
  // That document is windows-1252; bench.js is UTF-8 (platform count words in many scripts), so say so.
  await page.evaluate(
    (src: string) =>
      new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.charset = 'utf-8';
        script.src = src;
        script.onload = () => resolve();
        script.onerror = () => reject(new Error(`Could not load ${src}`));
        document.head.append(script);
      }),
    rapport.extensionUrl('bench.js'),
  );
  const ready = await page.evaluate(() => typeof (globalThis as unknown as Partial<Api>).rapportBench === 'object');
  if (!ready) throw new Error('bench.js did not install window.rapportBench: is this a bench build (RAPPORT_BENCH=1)?');
  page.setDefaultTimeout(0);
  return {
    page,
    call: (method, ...args) =>
      page.evaluate(
        (m: string, argv: unknown[]) => {
          const api = (globalThis as unknown as { rapportBench: Record<string, (...a: unknown[]) => Promise<unknown>> }).rapportBench;
          const fn = api[m];
          if (!fn) throw new Error(`rapportBench has no ${m}`);
          return fn(...argv);
        },
        method,
        args as unknown[],
      ) as never,
    async callLong(method, ...args) {
      const id = await page.evaluate(
        (m: string, argv: unknown[]) => {
          const g = globalThis as unknown as {
            rapportBench: Record<string, (...a: unknown[]) => Promise<unknown>>;
            benchJobs?: Record<number, { done: boolean; result?: unknown; error?: string }>;
          };
          const jobs = (g.benchJobs ??= {});
          const jobId = Object.keys(jobs).length + 1;
          const job: { done: boolean; result?: unknown; error?: string } = { done: false };
          jobs[jobId] = job;
          const fn = g.rapportBench[m];
          if (!fn) throw new Error(`rapportBench has no ${m}`);
          fn(...argv).then(
            (result) => Object.assign(job, { done: true, result }),
            (error: unknown) => Object.assign(job, { done: true, error: error instanceof Error ? error.message : String(error) }),
          );
          return jobId;
        },
        method,
        args as unknown[],
      );
      for (;;) {
        await sleep(200);
        const job = await page.evaluate(
          (jobId: number) =>
            (globalThis as unknown as { benchJobs: Record<number, { done: boolean; result?: unknown; error?: string }> }).benchJobs[jobId],
          id,
        );
        if (!job) throw new Error(`Lost bench job ${id}`);
        if (job.error !== undefined) throw new Error(`${method} failed in the page: ${job.error}`);
        if (job.done) return job.result as never;
      }
    },
    close: () => page.close(),
  };
}

/** Saves the fixture creator through the worker, exactly as the context menu path does. */
export async function saveFixtureCreator(page: Page): Promise<void> {
  const response = await page.evaluate(
    (url: string) =>
      chrome.runtime.sendMessage({
        type: 'creator:save-profile',
        data: {
          profile: {
            platform: 'instagram',
            handle: 'pluto__travel',
            profileUrl: url,
            displayName: 'Pluto',
            followers: { raw: '2,362 Followers', value: 2362, exact: true, source: 'meta:og:description' },
          },
        },
      }) as Promise<unknown>,
    PROFILE_URL,
  );
  if (!(typeof response === 'object' && response !== null && (response as { ok?: unknown }).ok === true)) {
    throw new Error(`Could not save the fixture creator: ${JSON.stringify(response)}`);
  }
}

/** The first extension-page frame on `page` whose URL holds `path`, polled until `timeoutMs`. */
export async function extensionFrame(page: Page, path: string, timeoutMs: number): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes(path));
    if (frame) return frame;
    await sleep(20);
  }
  throw new NotMeasurableError(`no ${path} frame appeared on ${page.url()} within ${timeoutMs} ms`);
}

/** The overlay's frame (an out-of-process extension iframe), once attached. */
export const overlayFrame = (page: Page, timeoutMs: number): Promise<Frame> => extensionFrame(page, '/overlay.html', timeoutMs);

/** First element matching one of `selectors`, or null. */
export async function firstPresent(page: Page, selectors: readonly string[]): Promise<string | null> {
  for (const selector of selectors) if (await page.$(selector)) return selector;
  return null;
}
