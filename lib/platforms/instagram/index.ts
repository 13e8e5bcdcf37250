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
import type { ProfileRef } from '../types';
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
  makeRef,
  merge,
  meta,
  nameAt,
  onHost,
  segments,
  str,
  textCount,
  titleDraft,
} from '../dom';

// First path segments Instagram routes to something other than a profile
// (its own client route table, see social-profile-pages.md). `_u` is mapped, not rejected.
const RESERVED = new Set(
  (
    '_n a about about-ads accounts accounts_center acredirect ads ads_data_from_partners ajax api app ar ' +
    'assisted_account_recovery authenticity badges_milestones_management business categories challenge ' +
    'client_error coming_soon componentexplorer concurrent_request config-test create data developer ' +
    'digital_collectibles direct direct_v2 directory dogfoodnow donate download dyi e2e emails embed_logger ' +
    'enoozer errors explore f facebook_pay fb fbsurvey follow fxcal getapp graphql graphql_www hacked help igtv ' +
    'igtv_revshare_onboarding instagramstickers intern internal interstitial invites legal linking linkshim ' +
    'live local location_search logging media mixi n nametag oauth oidc p p-ng payments persistent_request ' +
    'press privacy publicapi push qp qr raters realtime reel reels reports repute restriction s security sem ' +
    'seo session settings shop shopping sitemap static stories suggested_users support survey switcher tags ' +
    'terms test_users testing thirdparty topics tv two_factor uid users verification video_call ' +
    'votinginfocenter watch_together web webinstall weibo wifiauth zr'
  ).split(' '),
);
// Second segments that are still the profile (tabs, follower lists, guides).
const TABS = new Set(['reels', 'tagged', 'saved', 'followers', 'following', 'hashtag_following', 'guide', 'guides', 'feed', 'channel']);
const USERNAME = /^[A-Za-z0-9._]{1,30}$/;

function matchProfileUrl(url: URL): ProfileRef | null {
  if (!onHost(url, ['instagram.com'], ['', 'www.', 'm.'])) return null;
  let s = segments(url);
  if (s[0] === '_u') s = s.slice(1); // app link /_u/<u>/ redirects to the profile
  const [user, tab] = s;
  if (!user || !USERNAME.test(user) || RESERVED.has(user.toLowerCase())) return null;
  if (tab !== undefined && !TABS.has(tab)) return null; // /<u>/p/<code>, /<u>/reel/…, /<u>/embed
  const handle = user.toLowerCase();
  return makeRef('instagram', handle, `https://www.instagram.com/${handle}/`);
}

/** Bio from `<meta name=description>`: the quoted text after "(@u) on Instagram: ". */
function bioFromDescription(desc: string | undefined, handle: string): string | undefined {
  const at = desc?.toLowerCase().indexOf(`(@${handle})`) ?? -1;
  if (!desc || at < 0) return undefined;
  const rest = desc.slice(at);
  const q = rest.search(/["\u201c\u201e\u00ab]/);
  return q < 0 ? undefined : lines(rest.slice(q + 1).replace(/["\u201d\u201c\u00bb]\s*$/, ''));
}

export const instagramAdapter = defineAdapter({
  id: 'instagram',
  label: 'Instagram',
  hosts: ['instagram.com'],
  aliases: ['ig', 'insta'],
  dmChannel: 'instagram-dm',
  matchProfileUrl,
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
