// The content script's profile half, loaded by the instagram content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { instagramAdapter } from '../lib/platforms/instagram';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(instagramAdapter));
