// Injected into every page of the site, so it only matches URLs: the rest loads on the first profile (lib/content/profile-loader.ts).
import { defineContentScript } from 'wxt/utils/define-content-script';
import { sitePatterns } from '../lib/platforms/dom';
import { snapchatProfileUrls } from '../lib/platforms/snapchat/profile-url';
import { loadOnFirstProfile } from '../lib/content/profile-loader';

export default defineContentScript({
  matches: sitePatterns(...snapchatProfileUrls.hosts),
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    loadOnFirstProfile(ctx, snapchatProfileUrls);
  },
});
