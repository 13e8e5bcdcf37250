// Injected into every page of the site (wxt.config.ts, content_scripts), so it only looks at the URL: on a
// profile it loads the rest (lib/content/profile-loader.ts). An unlisted script rather than a WXT content script:
// WXT's content-script wrapper is async, and its promise costs every page load of the site (tests/bench/README.md).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { snapchatProfileUrls } from '../lib/platforms/snapchat/profile-url';
import { loadIfProfile } from '../lib/content/profile-loader';

export default defineUnlistedScript(() => loadIfProfile(snapchatProfileUrls));
