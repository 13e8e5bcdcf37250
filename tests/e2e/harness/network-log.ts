/**
 * Records the network requests the extension makes from its pages and overlay
 * frames (requests of chrome-extension:// frames) and its content scripts
 * (requests a chrome-extension:// script initiated inside a site's page).
 * Rapport's data stays in the browser, so the only requests allowed are for the
 * extension's own files (and, in a team test, the team server). The service
 * worker is not attached at start (a debugging session holds a starting worker);
 * launch.ts adds the live worker's Resource Timing entries when the browser
 * closes, and a convention test (no network API in product code outside the team
 * client) covers the rest.
 */
import type { Browser, HTTPRequest, Target } from 'puppeteer-core';

export interface ExtensionRequest {
  url: string;
  from: string;
}

const ALLOWED = /^(chrome-extension:|data:|blob:)/;

export function recordExtensionRequests(browser: Browser, allowedOrigins: readonly string[] = []): { all: ExtensionRequest[]; leaving(): ExtensionRequest[] } {
  const all: ExtensionRequest[] = [];
  const fromExtensionScript = (request: HTTPRequest) =>
    JSON.stringify(request.initiator()?.stack ?? {}).includes('chrome-extension://') || (request.initiator()?.url ?? '').startsWith('chrome-extension://');

  async function watch(target: Target): Promise<void> {
    if (target.type() !== 'page') return;
    const page = await target.page().catch(() => null);
    page?.on('request', (request) => {
      const frameUrl = request.frame()?.url() ?? '';
      const from = frameUrl.startsWith('chrome-extension://')
        ? (frameUrl.split('#')[0] ?? frameUrl)
        : fromExtensionScript(request)
          ? `content script on ${frameUrl}`
          : null;
      if (from) all.push({ url: request.url(), from });
    });
  }

  browser.on('targetcreated', (target: Target) => void watch(target));
  for (const target of browser.targets()) void watch(target);
  const allowedOrigin = (url: string) => allowedOrigins.some((origin) => url.startsWith(`${origin}/`));
  return { all, leaving: () => all.filter((r) => !ALLOWED.test(r.url) && !allowedOrigin(r.url)) };
}
