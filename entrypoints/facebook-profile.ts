// The content script's profile half, loaded by the facebook content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { facebookAdapter } from '../lib/platforms/facebook';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(facebookAdapter));
