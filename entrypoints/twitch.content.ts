// Thin on purpose: only this site's adapter is bundled, so the script injected into its pages stays small.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { twitchAdapter } from '../lib/platforms/twitch';
import { runProfileContentScript } from '../lib/content/profile-content-script';

export default defineContentScript({
  matches: [...twitchAdapter.matches],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runProfileContentScript(ctx, twitchAdapter);
  },
});
