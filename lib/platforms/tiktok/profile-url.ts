/**
 * TikTok: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small.
 */
import type { ProfileRef, ProfileUrls } from '../types';
import { makeRef, onHost, segments } from '../dom';

const HANDLE = /^@([A-Za-z0-9_.]{2,30})$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  if (!onHost(url, ['tiktok.com'], ['', 'www.', 'm.'])) return null; // vm.tiktok.com short links are not profiles
  const [first, tab, ...rest] = segments(url);
  const m = first ? HANDLE.exec(first) : null;
  // /@u/video/<id>, /@u/photo/<id>, /@u/collection/… are posts; /@u/live is the user's live room.
  if (!m?.[1] || (tab !== undefined && tab !== 'live') || rest.length) return null;
  const handle = m[1].toLowerCase();
  return makeRef('tiktok', handle, `https://www.tiktok.com/@${handle}`);
}

export const tiktokProfileUrls: ProfileUrls = {
  id: 'tiktok',
  hosts: ['tiktok.com'],
  matchProfileUrl,
};
