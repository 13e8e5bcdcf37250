// The content script's profile half, loaded by the youtube content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { youtubeAdapter } from '../lib/platforms/youtube';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(youtubeAdapter));
