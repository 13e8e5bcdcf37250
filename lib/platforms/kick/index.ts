/**
 * Kick channels (`kick.com/<slug>`).
 * // Unverified: no saved real page; built from documented structure (see social-profile-pages.md)
 *
 * Source order (per field the first source naming this channel wins):
 *  1. JSON-LD `ProfilePage` Person, if the page has one, trusted when its `url` is this channel.
 *  2. Meta, trusted when `og:url` / canonical is this channel: `og:title` name,
 *     `og:description`, `og:image`, "N followers" if the description has it.
 * Kick loads channel data from its own API (unverified); no rendered DOM source, since
 * no capture exists to build selectors from.
 */
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { type Draft, finish, ldProfile, lower, makeRef, merge, ogDraft, onHost, pageIsMe, personDraft, segments } from '../dom';

const RESERVED = new Set(
  (
    'video videos categories category search auth following browse settings dashboard subscriptions ' +
    'terms-of-service privacy-policy community-guidelines dmca-policy clips messages transactions faq ' +
    'brand-assets popout api emotes'
  ).split(' '),
);
// Only the bare tab is the channel: /<slug>/videos/<uuid> is a VOD, /<slug>/clips/clip_… a clip.
const TABS = new Set(['about', 'videos', 'clips']);
const SLUG = /^[A-Za-z0-9_-]{2,25}$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  if (!onHost(url, ['kick.com'])) return null;
  const [slug, tab, ...rest] = segments(url);
  if (!slug || !SLUG.test(slug) || RESERVED.has(lower(slug)) || rest.length || url.searchParams.has('clip')) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  const handle = lower(slug);
  return makeRef('kick', handle, `https://kick.com/${handle}`);
}

export const kickAdapter = defineAdapter({
  id: 'kick',
  label: 'Kick',
  hosts: ['kick.com'],
  aliases: [],
  dmChannel: 'other-dm',
  matchProfileUrl,
  read(doc, url, { ref, me }) {
    const d: Draft = {};
    const p = ldProfile(doc)?.person;
    if (p && me(p.url)) merge(d, personDraft(p, url.href));
    if (pageIsMe(doc, me)) merge(d, ogDraft(doc, url.href));
    return finish(ref, d);
  },
});

export default kickAdapter;
