// This site's content-script loader: listed in the manifest by wxt.config.ts (why, and what it does: lib/content/profile-loader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { xProfileUrls } from '../lib/platforms/x/profile-url';
import { loadIfProfile } from '../lib/content/profile-loader';

export default defineUnlistedScript(() => loadIfProfile(xProfileUrls));
