/**
 * Instagram. Source order (per field the first source naming this profile wins;
 * an exact count replaces a rounded one):
 *  1. Rendered DOM: the header link `a[href="/<u>/followers/"]`, exact number in its
 *     `span[title]` ("2,187" even when the text says "13.5M"), and the header's avatar.
 *     Verified only on the 2021 capture (logged in); no newer rendered capture exists.
 *  2. JSON-LD (2021 layout): the object whose `alternateName` is "@<u>": name, bio,
 *     exact count in `mainEntityofPage.interactionStatistic`. Its `image` is a favicon, ignored.
 *  3. Meta (2025 served HTML, verified): `og:title` "Name (@u) • …" gives the name and the
 *     identity check; `og:description` "2,362 Followers, 136 Following, …" the count;
 *     `<meta name=description>` the bio (`… on Instagram: "bio"`); `og:image` the avatar.
 *  4. `<title>` "Name (@u) • …" for the name: SPAs update the title on navigation while
 *     og tags may stay stale (the usual behaviour; not verified on an Instagram capture).
 *  5. `window._sharedData` (pre-2022 pages), legacy fallback only when nothing above gave
 *     a count: `entry_data.ProfilePage[0].graphql.user`. Its `config.viewer` is the
 *     logged-in user, never the profile.
 */
import { defineAdapter } from '../define-adapter';
import {
  type Draft,
  absUrl,
  assignedObject,
  esc,
  exactCount,
  finish,
  followAction,
  get,
  ldObjects,
  line,
  lines,
  links,
  merge,
  meta,
  nameAt,
  str,
  textCount,
  titleDraft,
} from '../dom';
import { instagramProfileUrls } from './profile-url';

/** Bio from `<meta name=description>`: the quoted text after "(@u) on Instagram: ". */
function bioFromDescription(desc: string | undefined, handle: string): string | undefined {
  const at = desc?.toLowerCase().indexOf(`(@${handle})`) ?? -1;
  if (!desc || at < 0) return undefined;
  const rest = desc.slice(at);
  const q = rest.search(/["\u201c\u201e\u00ab]/);
  return q < 0 ? undefined : lines(rest.slice(q + 1).replace(/["\u201d\u201c\u00bb]\s*$/, ''));
}

export const instagramAdapter = defineAdapter({
  ...instagramProfileUrls,
  label: 'Instagram',
  aliases: ['ig', 'insta'],
  dmChannel: 'instagram-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};

    // 1. Rendered header.
    for (const a of doc.querySelectorAll('a[href$="/followers/"]')) {
      if (!me(a.getAttribute('href'))) continue;
      merge(d, {
        followers: textCount(a.querySelector('span[title]')?.getAttribute('title'), 'dom:title', lang) ?? textCount(a.textContent, 'dom', lang),
        avatarUrl: absUrl(a.closest('header')?.querySelector('img')?.getAttribute('src'), url.href),
      });
      break;
    }

    // 2. JSON-LD (2021).
    for (const o of ldObjects(doc, 'ProfilePage')) {
      if (!me(o.alternateName) && !me(get(o, 'mainEntityofPage', '@id'))) continue;
      merge(d, {
        displayName: line(str(o.name)),
        bio: lines(str(o.description)),
        followers: exactCount(followAction(get(o, 'mainEntityofPage', 'interactionStatistic')), 'json-ld'),
        links: links(o.url),
      });
      break;
    }

    // 3. Meta tags, when og:title (or og:url) names this profile.
    const title = nameAt(meta(doc, 'og:title'));
    if (title ? me(title.handle) : me(meta(doc, 'og:url'))) {
      const desc = meta(doc, 'description');
      const ogDesc = meta(doc, 'og:description');
      // "2,362 Followers, 136 Following, 224 Posts - …": the first clause is followers in every
      // language seen, so split instead of matching the (localised) word.
      const first = (ogDesc ?? desc)?.split(' - ')[0]?.split(/,\s/)[0];
      merge(d, {
        displayName: title?.name,
        followers: textCount(first, ogDesc ? 'meta:og:description' : 'meta:description', lang),
        bio: bioFromDescription(desc, ref.handle),
        avatarUrl: absUrl(meta(doc, 'og:image'), url.href),
      });
    }

    // 4. <title> "Name (@u) • Instagram…": the SPA updates it on navigation, unlike the og tags.
    merge(d, titleDraft(doc, me));

    // 5. Legacy _sharedData, only for the profile's own user object.
    if (!d.followers) {
      const data = assignedObject(doc, /window\._sharedData\s*=\s*\{/, new RegExp(`"username":\\s*"${esc(ref.handle)}"`, 'i'));
      const user = get(data, 'entry_data', 'ProfilePage', 0, 'graphql', 'user');
      if (me(get(user, 'username'))) {
        merge(d, {
          displayName: line(str(get(user, 'full_name'))),
          bio: lines(str(get(user, 'biography'))),
          followers: exactCount(get(user, 'edge_followed_by', 'count'), 'json:_sharedData'),
          avatarUrl: absUrl(str(get(user, 'profile_pic_url_hd')), url.href),
          platformUserId: str(get(user, 'id')),
          links: links(get(user, 'external_url')),
        });
      }
    }
    return finish(ref, d);
  },
});

export default instagramAdapter;
