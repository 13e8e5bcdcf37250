/**
 * Pinterest.
 * // Unverified: no saved real page; built from documented structure (see social-profile-pages.md)
 *
 * Source order (per field the first source naming this profile wins):
 *  1. JSON-LD `ProfilePage.mainEntity` (unavatar reads `mainEntity.image.contentUrl`),
 *     trusted when its `url` or `alternateName` is this user.
 *  2. Meta, trusted when `og:url` / canonical is this profile: `pinterestapp:followers`
 *     (exact, general knowledge), `og:title` name, `og:description`, `og:image`.
 * No rendered DOM source (no capture to build selectors from).
 */
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { type Draft, exactCount, finish, ldProfile, lower, makeRef, merge, meta, ogDraft, onHost, pageIsMe, personDraft, segments } from '../dom';

const DOMAINS = [
  'pinterest.com',
  'pinterest.co.uk',
  'pinterest.ca',
  'pinterest.de',
  'pinterest.fr',
  'pinterest.es',
  'pinterest.it',
  'pinterest.com.au',
  'pinterest.com.mx',
  'pinterest.jp',
  'pinterest.at',
  'pinterest.ch',
  'pinterest.cl',
  'pinterest.co.kr',
  'pinterest.dk',
  'pinterest.ie',
  'pinterest.nz',
  'pinterest.pt',
  'pinterest.se',
  'pinterest.ph',
];
const RESERVED = new Set(
  (
    'pin pins search ideas today _ settings business login signup logout explore categories topics news_hub ' +
    'resource about password oauth notifications inbox homefeed discover shopping edit secret board boards ' +
    'convert offsite dmca privacy terms help pinterest videos creators shop'
  ).split(' '),
);
// Tabs of the profile; any other second segment is a board (/<user>/<board>/).
const TABS = new Set(['_created', '_saved', 'pins', '_boards', '_profile']);
const USERNAME = /^[A-Za-z0-9_]{3,30}$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  // Country sites live on other TLDs and on subdomains (br.pinterest.com).
  if (!onHost(url, DOMAINS, ['*'])) return null;
  const [user, tab, ...rest] = segments(url);
  if (!user || !USERNAME.test(user) || RESERVED.has(lower(user)) || rest.length) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  const handle = lower(user);
  return makeRef('pinterest', handle, `https://www.pinterest.com/${handle}/`);
}

export const pinterestAdapter = defineAdapter({
  id: 'pinterest',
  label: 'Pinterest',
  hosts: [...DOMAINS],
  aliases: [],
  dmChannel: 'other-dm',
  matchProfileUrl,
  read(doc, url, { ref, me }) {
    const d: Draft = {};
    const p = ldProfile(doc)?.person;
    if (p && (me(p.url) || me(p.alternateName))) merge(d, personDraft(p, url.href));
    if (pageIsMe(doc, me)) {
      merge(d, { followers: exactCount(meta(doc, 'pinterestapp:followers'), 'meta:pinterestapp:followers') });
      merge(d, ogDraft(doc, url.href));
    }
    return finish(ref, d);
  },
});

export default pinterestAdapter;
