/**
 * YouTube: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, segments, wordSet } from '../dom';

// yt-dlp's reserved first segments plus other site pages; anything else may be a legacy custom URL.
const RESERVED = wordSet(
  'channel c user playlist watch w v embed e live watch_popup clip shorts movies results search shared hashtag ' +
    'trending explore feed feeds browse oembed get_video_info iframe_api s source storefront oops index account ' +
    't terms about upload signin logout post gaming premium kids music originals howyoutubeworks creators ads ' +
    'jobs new redirect attribution_link paid_memberships reporthistory youtubei api supported_browsers ' +
    'select_site channel_switcher copyright_complaint_form yt profile',
);
const TABS = wordSet('featured videos shorts streams playlists community posts about releases podcasts courses store channels membership search');
// Created on first use: a Unicode class is costly to set up (tenths of a ms), and the content
// script loads on every YouTube page, most of which are not channels.
let handlePattern: RegExp | undefined;
const isHandle = (s: string) => (handlePattern ??= /^[\p{L}\p{M}\p{N}_.\-\u00b7]{3,30}$/u).test(s);
export const CHANNEL_ID = /^UC[\w-]{22}$/;
const LEGACY = /^[\w.-]{1,100}$/;

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  if (!onHost(url, ['youtube.com'], ['', 'www.', 'm.'])) return null; // not music., studio., consent.
  const [a, b, c, ...rest] = segments(url);
  let handle: string;
  let path: string;
  let tab: string | undefined;
  if (a?.startsWith('@')) {
    if (!isHandle(a.slice(1)) || c !== undefined) return null;
    handle = lower(a.slice(1));
    path = `@${encodeURIComponent(handle)}`;
    tab = b;
  } else if (a === 'channel' && b && CHANNEL_ID.test(b)) {
    handle = b;
    path = `channel/${b}`;
    tab = c;
  } else if ((a === 'c' || a === 'user') && b && LEGACY.test(b)) {
    handle = `${a}/${lower(b)}`;
    path = `${a}/${encodeURIComponent(b)}`;
    tab = c;
  } else if (a && !RESERVED.has(lower(a)) && LEGACY.test(a) && !a.includes('.')) {
    handle = `c/${lower(a)}`; // bare legacy custom URL
    path = encodeURIComponent(a);
    tab = b;
    if (c !== undefined) return null;
  } else return null;
  if (rest.length || (tab !== undefined && !TABS.has(tab))) return null;
  return makeRef('youtube', handle, `https://www.youtube.com/${path}`);
}

export const youtubeProfileUrls: ProfileUrls = {
  id: 'youtube',
  hosts: ['youtube.com'],
  matchProfileUrl,
};
