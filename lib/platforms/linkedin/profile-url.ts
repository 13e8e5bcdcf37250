/**
 * LinkedIn: which URLs are a creator's profile, from the URL alone. Apart from the
 * DOM readers (index.ts) because the content script's loader runs this on every
 * page of the site and must stay small. Checks that need no regular expression
 * come first: the first regular expression a content script's world runs costs
 * about 1.5 ms (tests/bench/README.md), so pages that are not profiles skip it.
 */
import type { ProfileRef, ProfileUrls, UrlParts } from '../types';
import { lower, makeRef, onHost, segments, wordSet } from '../dom';

const KINDS = wordSet('in company school');
// Sub-pages that still show the profile.
const TABS = wordSet('details recent-activity overlay about posts people jobs life videos events');
// Created on first use: a Unicode class is costly to set up (tenths of a ms), and the content
// script loads on every LinkedIn page, most of which are not profiles.
let slugPattern: RegExp | undefined;
const isSlug = (s: string) => (slugPattern ??= /^[\p{L}\p{N}_-]{2,100}$/u).test(s);

function matchProfileUrl(url: UrlParts): ProfileRef | null {
  // Country subdomains (ca.linkedin.com) serve the same pages.
  if (!onHost(url, ['linkedin.com'], ['*'])) return null;
  const [kind, slug, tab] = segments(url);
  // /feed, /posts/…, /pulse/…, /jobs/…, /learning/…, /events/…, /search/… are other pages.
  if (!kind || !KINDS.has(kind) || !slug) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  if (!isSlug(slug)) return null;
  const name = lower(slug);
  return makeRef('linkedin', kind === 'in' ? name : `${kind}/${name}`, `https://www.linkedin.com/${kind}/${encodeURIComponent(name)}/`);
}

export const linkedinProfileUrls: ProfileUrls = {
  id: 'linkedin',
  hosts: ['linkedin.com'],
  matchProfileUrl,
};
