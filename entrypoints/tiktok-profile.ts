// The content script's profile half, loaded by the tiktok content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { tiktokAdapter } from '../lib/platforms/tiktok';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(tiktokAdapter));
