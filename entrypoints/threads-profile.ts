// The content script's profile half, loaded by the threads content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { threadsAdapter } from '../lib/platforms/threads';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(threadsAdapter));
