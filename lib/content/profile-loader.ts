/**
 * The content script as injected into every page of a site: one look at the URL
 * the page loaded with, and nothing else. On a creator profile it loads the rest
 * (runProfileContentScript with the site's DOM readers, `<site>-profile.js`) from
 * the extension, as a module in this same isolated world.
 *
 * It does not watch in-page navigations: on a page that is not a profile, a
 * navigation listener alone costs the page about half of the 1 ms budget
 * (tests/bench/README.md). The worker sees those navigations instead and injects
 * the same profile script when one lands on a profile
 * (lib/background/profile-injection.ts). Once the profile script runs, it follows
 * navigations itself.
 *
 * Each site's loader is an unlisted script (entrypoints/<site>-loader.ts) that the
 * manifest lists as a content script, not a WXT content script: WXT's wrapper for
 * those is async and builds a context object, and both cost every page load.
 */
import type { ProfileUrls, UrlParts } from '../platforms/types';
import { extensionApi } from './extension-api';

/** The file the build makes of entrypoints/<site>-loader.ts, which the manifest injects into every page of the site (wxt.config.ts). */
export const loaderScriptFile = (platform: ProfileUrls['id']) => `${platform}-loader.js`;

/** The file the build makes of entrypoints/<site>-profile.ts (see wxt.config.ts, web_accessible_resources). */
export const profileScriptFile = <P extends ProfileUrls['id']>(platform: P): `/${P}-profile.js` => `/${platform}-profile.js`;

/** Evaluates the module at `src` in this isolated world (a parameter so tests can watch it). */
export type ModuleLoader = (src: string) => Promise<unknown>;
const importModule: ModuleLoader = (src) => import(/* @vite-ignore */ src);

/**
 * Loads the profile script when `page` (the page's own `location`) is a profile.
 * The extension API is touched only then: its first use costs the page about 0.4 ms.
 */
export function loadIfProfile(urls: ProfileUrls, page: UrlParts = location, load: ModuleLoader = importModule): void {
  if (!urls.matchProfileUrl(page)) return;
  // Chromium leaves a reloaded extension's content scripts in open pages, with runtime.id gone.
  const api = extensionApi();
  if (api?.runtime?.id == null) return;
  load(api.runtime.getURL(profileScriptFile(urls.id))).catch((error: unknown) => {
    // The site's policy refused the module, or the extension went away meanwhile: no overlay, page untouched.
    // The worker injects the script again on the next in-page navigation to a profile.
    console.warn('[Rapport] could not load the profile script', error);
  });
}
