/**
 * The content script as injected into every page of a site: a URL matcher and
 * nothing else. Only when the tab first shows a creator profile does it load the
 * rest (runProfileContentScript with the site's DOM readers, `<site>-profile.js`)
 * from the extension, as a module in this same isolated world.
 *
 * Why: the browser compiles and runs a content script on every page load of busy
 * sites, feed, search and posts included. The whole script was about 17 KB and
 * cost 5.4 ms of the page's main thread on pages that are not profiles; the loader
 * is about 4 KB and costs about 4 ms, most of which any script that watches
 * navigations pays (figures in tests/bench/README.md).
 */
import type { ContentContext } from './content-script-context';
import type { ProfileUrls } from '../platforms/types';
import { extensionApi } from './extension-api';

/** The file the build makes of entrypoints/<site>-profile.ts (see wxt.config.ts, web_accessible_resources). */
export const profileScriptFile = (platform: ProfileUrls['id']) => `/${platform}-profile.js`;

/** Evaluates the module at `src` in this isolated world (a parameter so tests can watch it). */
export type ModuleLoader = (src: string) => Promise<unknown>;
const importModule: ModuleLoader = (src) => import(/* @vite-ignore */ src);

export function loadOnFirstProfile(ctx: ContentContext, urls: ProfileUrls, load: ModuleLoader = importModule): void {
  let started = false;

  function onUrl(href: string): void {
    if (started || !urls.matchProfileUrl(new URL(href))) return;
    started = true;
    if (ctx.isInvalid) return;
    // The full script reads location itself and from then on follows navigations itself:
    // its context takes this one's name, which ends this one (content-script-context.ts).
    const src = extensionApi().runtime.getURL(profileScriptFile(urls.id));
    load(src).catch((error: unknown) => {
      // The extension was reloaded under the page, or the site's policy refused the module: no overlay, page untouched.
      started = false;
      console.warn('[Rapport] could not load the profile script', error);
    });
  }

  ctx.addEventListener(window, 'wxt:locationchange', (event) => onUrl(event.newUrl.href));
  onUrl(location.href);
}
