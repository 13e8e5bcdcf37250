// The content script's profile half, loaded by the twitch content script on the first profile page it sees.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { twitchAdapter } from '../lib/platforms/twitch';
import { startProfileScript } from '../lib/content/profile-content-script';

export default defineUnlistedScript(() => startProfileScript(twitchAdapter));
