/**
 * Threads: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { makeRef, onHost, segments, wordSet } from '../dom';

const HANDLE = /^@([A-Za-z0-9._]{1,30})$/; // Instagram usernames
const TABS = wordSet('replies reposts media');

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['threads.net', 'threads.com'])) return null;
  const [first, tab, ...rest] = segments(url);
  // /@u/post/<id> is a post; /t/<id>, /search, /activity, /login have no "@".
  if (!first?.startsWith('@') || rest.length || (tab !== undefined && !TABS.has(tab))) return null;
  const m = HANDLE.exec(first);
  if (!m?.[1]) return null;
  const handle = m[1].toLowerCase();
  return makeRef('threads', handle, `https://www.threads.com/@${handle}`);
}

export const threadsProfileUrls: ProfileUrls = {
  id: 'threads',
  hosts: ['threads.net', 'threads.com'],
  matchProfileUrl,
};
