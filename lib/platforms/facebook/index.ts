/**
 * Facebook profiles and pages. Handles: the username lower-cased, or the numeric id
 * for `profile.php?id=<n>` / `/people/<name>/<n>` (then profileUrl keeps `?id=`,
 * which is the identity there).
 * // Unverified: no saved real page; built from documented structure (see social-profile-pages.md)
 *
 * Source order:
 *  1. Meta (unavatar reads `og:image`), trusted when `og:url` / canonical is this profile or
 *     the app link (`al:android:url` "fb://profile/<id>", "fb://page/<id>") carries this id:
 *     `og:title` name, "N followers" in `og:description` (pages' "likes" are not followers),
 *     `og:image` avatar, numeric id from the app link.
 * No rendered DOM source: the logged-in DOM has obfuscated classes and no handle to
 * check the identity against.
 */
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, merge, meta, pageIsMe, textCount, titleName } from '../dom';
import { facebookProfileUrls } from './profile-url';

const appLinkId = (s: string | undefined) => (s ? /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)/.exec(s)?.[1] : undefined);

export const facebookAdapter = defineAdapter({
  ...facebookProfileUrls,
  label: 'Facebook',
  aliases: ['fb'],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};
    const id = appLinkId(meta(doc, 'al:android:url') ?? meta(doc, 'al:ios:url'));
    if (pageIsMe(doc, me) || (id !== undefined && id === ref.handle)) {
      merge(d, {
        displayName: titleName(meta(doc, 'og:title')),
        followers: textCount(meta(doc, 'og:description') ?? meta(doc, 'description'), 'meta:og:description', lang, true),
        avatarUrl: absUrl(meta(doc, 'og:image'), url.href),
        platformUserId: id,
      });
    }
    return finish(ref, d);
  },
});

export default facebookAdapter;
