/**
 * Launches headless Chromium with the production build of Rapport loaded,
 * every site host mapped to the local fixture server and every other host
 * mapped to nowhere, so no test can reach the internet.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { findBrowser } from './browser-path';
import { startFixtureServer, type FixtureServer } from './fixture-server';
import { SITE_HOSTS } from './hosts';
import { recordExtensionRequests, type ExtensionRequest } from './network-log';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** The production build under test; RAPPORT_OUT_DIR moves it (see wxt.config.ts). */
export const EXTENSION_DIR = path.resolve(ROOT, process.env.RAPPORT_OUT_DIR ?? '.output', 'chrome-mv3');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface RapportBrowser {
  browser: Browser;
  server: FixtureServer;
  extensionId: string;
  /** The service worker, found afresh (it may have been stopped and restarted). */
  worker(): Promise<WebWorker>;
  extensionUrl(page: string): string;
  newPage(): Promise<Page>;
  /** Every request the extension made so far (see network-log.ts). */
  extensionRequests(): readonly ExtensionRequest[];
  /** Closes the browser; fails if the extension ever made a request that leaves the browser. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  withExtension?: boolean;
  /** Another unpacked extension to load instead of the build (the bench's frame floor); it too needs a background.js worker. */
  extensionDir?: string;
  /** A profile folder to keep (and reuse) instead of a throwaway one: lets bench work reuse a seeded roster. */
  keepProfileIn?: string;
  /** Record the extension's requests (on by default; the benchmark turns it off so it measures nothing extra). */
  recordRequests?: boolean;
  /** Origins the extension may reach besides its own files: the team server of a team test, nothing else. */
  allowRequestsTo?: readonly string[];
}

export async function launchRapport(options: LaunchOptions = {}): Promise<RapportBrowser> {
  const withExtension = options.withExtension ?? true;
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (withExtension && !existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No build at ${extensionDir}: run \`npm run build\` first (npm run test:e2e does).`);
  }
  const server = await startFixtureServer();
  const userDataDir = options.keepProfileIn ?? mkdtempSync(path.join(tmpdir(), 'rapport-e2e-'));
  // A kept profile holds the service worker registered by an earlier build: Chromium keeps running that script while the
  // extension's version is unchanged (measured: a worker without the code on disk). Dropping the registration makes
  // Chromium register the build on disk; the extension's data (IndexedDB, storage) stays.
  if (options.keepProfileIn) rmSync(path.join(options.keepProfileIn, 'Default', 'Service Worker'), { recursive: true, force: true });
  // A team test's server is on loopback: its address alone stays reachable (the catch-all rule would map IPs too).
  const loopback = options.allowRequestsTo?.length ? ['EXCLUDE 127.0.0.1'] : [];
  const rules = [...SITE_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${server.port}`), 'MAP * ~NOTFOUND', ...loopback].join(', ');
  const browser = await puppeteer.launch({
    executablePath: findBrowser(),
    headless: options.headless ?? true,
    pipe: true,
    userDataDir,
    acceptInsecureCerts: true,
    ...(withExtension ? { enableExtensions: [extensionDir] } : {}),
    args: [...CHROMIUM_FLAGS, `--host-resolver-rules=${rules}`, '--ignore-certificate-errors'],
  });

  const requests = options.recordRequests === false ? { all: [], leaving: () => [] } : recordExtensionRequests(browser, options.allowRequestsTo ?? []);
  let extensionId = '';
  if (withExtension) {
    const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'), {
      timeout: 20_000,
    });
    extensionId = new URL(target.url()).host;
  }

  return {
    browser,
    server,
    extensionId,
    async worker() {
      const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url() === `chrome-extension://${extensionId}/background.js`, {
        timeout: 20_000,
      });
      const worker = await target.worker();
      if (!worker) throw new Error('The service worker target has no worker');
      // Right after (re)start the worker's global scope may not have its extension APIs yet.
      for (let attempt = 0; attempt < 50; attempt++) {
        const ready = await worker.evaluate(() => typeof chrome !== 'undefined' && Boolean(chrome.runtime?.id)).catch(() => false);
        if (ready) return worker;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('The service worker never exposed its extension APIs');
    },
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    newPage: () => browser.newPage(),
    extensionRequests: () => requests.all,
    async close() {
      // The worker's own fetches, from its Resource Timing entries (the live worker's; see network-log.ts).
      const workerTarget = withExtension
        ? browser.targets().find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`))
        : undefined;
      // Bounded: after an extension reload the old worker's target can hang instead of answering.
      const readEntries = async () => {
        const worker = await workerTarget?.worker();
        return worker?.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      };
      const fetched = (await Promise.race([readEntries().catch(() => undefined), new Promise<undefined>((r) => setTimeout(() => r(undefined), 3_000))])) ?? [];
      requests.all.push(...fetched.map((url) => ({ url, from: 'service worker' })));
      await browser.close().catch(() => undefined);
      await server.close();
      if (!options.keepProfileIn) rmSync(userDataDir, { recursive: true, force: true });
      // All data stays in the browser: any request of the extension's to anywhere else fails the test file.
      const leaving = requests.leaving();
      if (withExtension && leaving.length)
        throw new Error(`Rapport made requests that leave the browser:\n${leaving.map((r) => `${r.from} → ${r.url}`).join('\n')}`);
    },
  };
}
