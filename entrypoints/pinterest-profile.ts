// The content script's profile half, loaded by the pinterest content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { pinterestAdapter } from '../lib/platforms/pinterest';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(pinterestAdapter));
