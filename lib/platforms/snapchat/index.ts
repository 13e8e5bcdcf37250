/**
 * Snapchat public profiles. Source order (per field the first source naming this
 * profile wins; an exact count replaces a rounded one):
 *  1. JSON-LD `ProfilePage` (served HTML, verified): trusted when `alternateName` /
 *     `identifier.value` is this username. Exact count (FollowAction), name, bio, avatar,
 *     `sameAs` website. Only the script containing "ProfilePage" is parsed (the page
 *     has 30+ JSON-LD blocks for spotlight videos).
 *  2. `__NEXT_DATA__` (~1 MB), only while no exact count is known, and only when its text
 *     contains `"username":"<u>"`: `props.pageProps.userProfile.publicProfileInfo`
 *     {title, subscriberCount (exact string), bio, profilePictureUrl, websiteUrl}.
 *  3. Meta: the title / description "Name (@u) | 2.0m suscriptores | …" (identity check,
 *     name, rounded count). `og:image` is a page preview, not the avatar, so it is not used.
 * No rendered DOM source: the served page is complete and no rendered capture exists.
 */
import { defineAdapter } from '../define-adapter';
import {
  type Draft,
  absUrl,
  exactCount,
  finish,
  get,
  ldProfile,
  line,
  lines,
  links,
  merge,
  meta,
  nameAt,
  personDraft,
  scriptJson,
  str,
  textCount,
} from '../dom';
import { snapchatProfileUrls } from './profile-url';

export const snapchatAdapter = defineAdapter({
  ...snapchatProfileUrls,
  label: 'Snapchat',
  aliases: ['snap'],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};

    // 1. JSON-LD.
    const p = ldProfile(doc)?.person;
    if (p && (me(p.alternateName) || me(get(p.identifier, 'value')) || me(p.url))) merge(d, personDraft(p, url.href));

    // 2. __NEXT_DATA__, only for an exact count.
    if (!d.followers?.exact) {
      const info = get(scriptJson(doc, '__NEXT_DATA__', `"username":"${ref.handle}"`), 'props', 'pageProps', 'userProfile', 'publicProfileInfo');
      if (me(get(info, 'username'))) {
        merge(d, {
          displayName: line(str(get(info, 'title'))),
          followers: exactCount(get(info, 'subscriberCount'), 'json:__NEXT_DATA__'),
          bio: lines(str(get(info, 'bio'))),
          avatarUrl: absUrl(str(get(info, 'profilePictureUrl')), url.href),
          links: links(get(info, 'websiteUrl')),
        });
      }
    }

    // 3. Title and description.
    const desc = meta(doc, 'description');
    const title = nameAt(doc.title);
    if (me(title?.handle ?? nameAt(desc)?.handle)) {
      merge(d, { displayName: title?.name, followers: textCount(desc, 'meta:description', lang, true) });
    }
    return finish(ref, d);
  },
});

export default snapchatAdapter;
