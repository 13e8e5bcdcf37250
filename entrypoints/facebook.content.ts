// Thin on purpose: only this site's adapter is bundled, so the script injected into its pages stays small.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { facebookAdapter } from '../lib/platforms/facebook';
import { runProfileContentScript } from '../lib/content/profile-content-script';

export default defineContentScript({
  matches: [...facebookAdapter.matches],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runProfileContentScript(ctx, facebookAdapter);
  },
});
