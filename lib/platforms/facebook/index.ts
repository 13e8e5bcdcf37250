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
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, lower, makeRef, merge, meta, onHost, pageIsMe, segments, textCount, titleName } from '../dom';

const RESERVED = new Set(
  (
    'groups events marketplace watch gaming reel reels share sharer sharer.php photo photo.php photos media ' +
    'permalink.php story.php stories messages notifications settings help login login.php recover policies ' +
    'privacy terms ads business hashtag search friends bookmarks saved memories fundraisers games live ' +
    'home.php dialog plugins l.php video.php videos places jobs latest composer checkpoint legal about careers ' +
    'developers lite mobile ajax api news feeds notes donate pg pages people me'
  ).split(' '),
);
// Tabs of a profile or page; a third segment is a post/photo/video (/<u>/posts/<id>).
const TABS = new Set(['about', 'photos', 'videos', 'friends', 'followers', 'following', 'reels', 'mentions', 'reviews', 'events', 'community']);
const USERNAME = /^[A-Za-z0-9.-]{2,80}$/;
const ID = /^\d{5,20}$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  if (!onHost(url, ['facebook.com'], ['', 'www.', 'm.', 'web.', 'mbasic.'])) return null;
  const [first, second, third, ...rest] = segments(url);
  const id = first === 'profile.php' ? url.searchParams.get('id') : first === 'people' || first === 'pages' ? third : undefined;
  if (id !== undefined) {
    return id && ID.test(id) && (first === 'profile.php' ? !second : !rest.length)
      ? makeRef('facebook', id, `https://www.facebook.com/profile.php?id=${id}`)
      : null;
  }
  if (!first || !USERNAME.test(first) || RESERVED.has(lower(first)) || first.endsWith('.php') || third !== undefined) return null;
  if (second !== undefined && !TABS.has(second) && !second.startsWith('about_')) return null;
  const handle = lower(first);
  return makeRef('facebook', handle, `https://www.facebook.com/${handle}`);
}

const appLinkId = (s: string | undefined) => (s ? /^fb:\/\/(?:profile|page)\/(?:\?id=)?(\d+)/.exec(s)?.[1] : undefined);

export const facebookAdapter = defineAdapter({
  id: 'facebook',
  label: 'Facebook',
  hosts: ['facebook.com'],
  aliases: ['fb'],
  dmChannel: 'other-dm',
  matchProfileUrl,
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
