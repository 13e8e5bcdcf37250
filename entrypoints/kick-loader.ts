// This site's content-script loader: listed in the manifest by wxt.config.ts (why, and what it does: lib/content/profile-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { kickProfileUrls } from '../lib/platforms/kick/profile-url';
import { loadIfProfile } from '../lib/content/profile-loader';

export default defineUnlistedScript(() => loadIfProfile(kickProfileUrls));
