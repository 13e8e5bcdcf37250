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
import { defineAdapter } from '../define-adapter';
import { type Draft, finish, ldProfile, merge, ogDraft, pageIsMe, personDraft } from '../dom';
import { kickProfileUrls } from './profile-url';

export const kickAdapter = defineAdapter({
  ...kickProfileUrls,
  label: 'Kick',
  aliases: [],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me }) {
    const d: Draft = {};
    const p = ldProfile(doc)?.person;
    if (p && me(p.url)) merge(d, personDraft(p, url.href));
    if (pageIsMe(doc, me)) merge(d, ogDraft(doc, url.href));
    return finish(ref, d);
  },
});

export default kickAdapter;
