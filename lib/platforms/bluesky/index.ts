/**
 * Bluesky. Handles are domain names ("stephenking.bsky.social") or DIDs
 * ("did:plc:…"); a DID URL is upgraded to the handle once the page confirms it, and
 * the DID is returned as platformUserId (handles can change, DIDs do not).
 *
 * Source order (per field the first source naming this profile wins):
 *  1. Rendered DOM (verified): trusted when `[data-testid=profileHeaderFollowersButton]`
 *     links to `/profile/<handle>/followers`. Its `aria-label` "1101177 followers" is exact
 *     (the visible "1.1M followers" is not); `profileHeaderDisplayName`,
 *     `profileHeaderDescription`, avatar `profileHeaderAviButton img` (absent in the capture).
 *  2. JSON-LD `ProfilePage` (verified): trusted when `alternateName` "@handle" or
 *     `identifier` (DID) matches. Exact count, avatar, DID, bio.
 *  3. Meta: trusted when `profile:username` or `og:url` is this handle, or
 *     `twitter:value1` is this DID. `og:title` "Name (@handle)", `og:description` = bio.
 */
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, ldProfile, line, lines, merge, meta, nameAt, personDraft, str, text, textCount } from '../dom';
import { blueskyProfileUrls, DID, DOMAIN, bskyRef } from './profile-url';

export const blueskyAdapter = defineAdapter({
  ...blueskyProfileUrls,
  label: 'Bluesky',
  aliases: ['bsky'],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};
    let handle: string | undefined;

    // 1. Rendered header.
    const button = doc.querySelector('[data-testid="profileHeaderFollowersButton"]');
    const owner = /\/profile\/([^/?#]+)/.exec(button?.getAttribute('href') ?? '')?.[1];
    if (button && me(owner)) {
      merge(d, {
        displayName: text(doc, '[data-testid="profileHeaderDisplayName"]'),
        followers: textCount(button.getAttribute('aria-label'), 'dom:aria-label', lang) ?? textCount(button.textContent, 'dom', lang),
        bio: line(doc.querySelector('[data-testid="profileHeaderDescription"]')?.textContent),
        avatarUrl: absUrl(doc.querySelector('[data-testid="profileHeaderAviButton"] img')?.getAttribute('src'), url.href),
      });
    }

    // 2. JSON-LD.
    const p = ldProfile(doc)?.person;
    if (p && (me(p.alternateName) || me(p.identifier))) {
      merge(d, { ...personDraft(p, url.href), platformUserId: str(p.identifier) });
      handle = str(p.alternateName)?.replace(/^@/, '');
    }

    // 3. Meta.
    const username = meta(doc, 'profile:username');
    const did = meta(doc, 'twitter:value1');
    if (me(username) || me(meta(doc, 'og:url')) || me(did)) {
      merge(d, {
        displayName: nameAt(meta(doc, 'og:title'))?.name,
        bio: lines(meta(doc, 'og:description')),
        platformUserId: did && DID.test(did) ? did : undefined,
      });
      handle ??= username;
    }
    if (DID.test(ref.handle) && handle && DOMAIN.test(handle)) ref = bskyRef(handle);
    return finish(ref, d);
  },
});

export default blueskyAdapter;
