// This site's content-script loader: listed in the manifest by wxt.config.ts (why, and what it does: lib/content/profile-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { facebookProfileUrls } from '../lib/platforms/facebook/profile-url';
import { loadIfProfile } from '../lib/content/profile-loader';

export default defineUnlistedScript(() => loadIfProfile(facebookProfileUrls));
