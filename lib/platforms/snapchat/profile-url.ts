/**
 * Snapchat: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, segments } from '../dom';

const USERNAME = /^[A-Za-z0-9][A-Za-z0-9._-]{1,29}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['snapchat.com'])) return null;
  const s = segments(url);
  // /@u is the profile (/@u/spotlight/<id>, /@u/highlight/<uuid> are posts); /add/<u> is the legacy form.
  const user = s.length === 1 && s[0]?.startsWith('@') ? s[0].slice(1) : s.length === 2 && s[0] === 'add' ? s[1] : undefined;
  if (!user || !USERNAME.test(user)) return null;
  const handle = lower(user);
  return makeRef('snapchat', handle, `https://www.snapchat.com/@${handle}`);
}

export const snapchatProfileUrls: ProfileUrls = {
  id: 'snapchat',
  hosts: ['snapchat.com'],
  matchProfileUrl,
};
