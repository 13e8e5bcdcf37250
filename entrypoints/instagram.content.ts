// Thin on purpose: only this site's adapter is bundled, so the script injected into its pages stays small.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { instagramAdapter } from '../lib/platforms/instagram';
import { runProfileContentScript } from '../lib/content/profile-content-script';

export default defineContentScript({
  matches: [...instagramAdapter.matches],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runProfileContentScript(ctx, instagramAdapter);
  },
});
