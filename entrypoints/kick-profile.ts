// The content script's profile half, loaded by the kick content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { kickAdapter } from '../lib/platforms/kick';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(kickAdapter));
