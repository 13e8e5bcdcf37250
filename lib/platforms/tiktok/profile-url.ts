/**
 * TikTok: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { makeRef, onHost, segments } from '../dom';

const HANDLE = /^@([A-Za-z0-9_.]{2,30})$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['tiktok.com'], ['', 'www.', 'm.'])) return null; // vm.tiktok.com short links are not profiles
  const [first, tab, ...rest] = segments(url);
  // /@u/video/<id>, /@u/photo/<id>, /@u/collection/… are posts; /@u/live is the user's live room.
  if (!first?.startsWith('@') || (tab !== undefined && tab !== 'live') || rest.length) return null;
  const m = HANDLE.exec(first);
  if (!m?.[1]) return null;
  const handle = m[1].toLowerCase();
  return makeRef('tiktok', handle, `https://www.tiktok.com/@${handle}`);
}

export const tiktokProfileUrls: ProfileUrls = {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  matchProfileUrl,
};
