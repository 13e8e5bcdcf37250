// The content script's profile half, loaded by the linkedin content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { linkedinAdapter } from '../lib/platforms/linkedin';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(linkedinAdapter));
