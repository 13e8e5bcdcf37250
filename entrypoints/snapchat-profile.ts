// The content script's profile half, loaded by the snapchat content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { snapchatAdapter } from '../lib/platforms/snapchat';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(snapchatAdapter));
