// Thin on purpose: only this site's adapter is bundled, so the script injected into its pages stays small.
import { defineContentScript } from 'wxt/utils/define-content-script';
import { kickAdapter } from '../lib/platforms/kick';
import { runProfileContentScript } from '../lib/content/profile-content-script';

export default defineContentScript({
  matches: [...kickAdapter.matches],
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main(ctx) {
    runProfileContentScript(ctx, kickAdapter);
  },
});
