// The content script's profile half, loaded by the bluesky content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { blueskyAdapter } from '../lib/platforms/bluesky';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(blueskyAdapter));
