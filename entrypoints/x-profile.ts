// The content script's profile half, loaded by the x content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { xAdapter } from '../lib/platforms/x';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(xAdapter));
