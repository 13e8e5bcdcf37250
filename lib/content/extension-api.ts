/**
 * The content script talks to the browser's native, promise-based extension API
 * (Chrome MV3 and Firefox both return promises) instead of webextension-polyfill,
 * so the polyfill is not shipped into every page of every supported site.
 *
 * It is looked up when first needed, not when the script loads: the browser builds
 * the `runtime` object on first access (about 0.4 ms of the page's main thread),
 * and pages that are not profiles never need it. Same choice as @wxt-dev/browser.
 */
import type { Browser } from '@wxt-dev/browser';

export type ExtensionApi = typeof Browser;

export function extensionApi(): ExtensionApi {
  const scope = globalThis as { browser?: ExtensionApi; chrome?: ExtensionApi };
  return (scope.browser?.runtime?.id ? scope.browser : scope.chrome) as ExtensionApi;
}
