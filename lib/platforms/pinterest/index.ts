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
import { defineAdapter } from '../define-adapter';
import { type Draft, exactCount, finish, ldProfile, merge, meta, ogDraft, pageIsMe, personDraft } from '../dom';
import { pinterestProfileUrls } from './profile-url';

export const pinterestAdapter = defineAdapter({
  ...pinterestProfileUrls,
  label: 'Pinterest',
  aliases: [],
  dmChannel: 'other-dm',
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
