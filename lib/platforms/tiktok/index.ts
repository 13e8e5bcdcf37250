/**
 * TikTok. Source order (per field the first source naming this profile wins;
 * an exact count replaces a rounded one):
 *  1. JSON-LD `ProfilePage` (small script, verified): name, bio with line breaks, exact
 *     count (FollowAction), stable avatar (`/api/img/?userId=…`, unlike the signed CDN
 *     URLs that expire), `sameAs` link. Trusted when `alternateName`/`url` is this handle.
 *  2. Rendered DOM (verified in the served HTML): `[data-e2e=user-title]` must be the
 *     handle; `user-subtitle` name, `followers-count` ("783.4K", rounded), `user-bio`,
 *     `user-avatar img`. This is what stays current after client-side navigation.
 *  3. Embedded JSON, only while no exact count is known (it is ~250 KB):
 *     `__UNIVERSAL_DATA_FOR_REHYDRATION__` → `__DEFAULT_SCOPE__["webapp.user-detail"].userInfo`,
 *     legacy `__NEXT_DATA__` (`props.pageProps.userInfo`) and `SIGI_STATE` (`UserModule`).
 *     `statsV2.followerCount` is exact; `stats.followerCount` is rounded on 2025 pages.
 *     Skipped without parsing when the script text lacks `"uniqueId":"<handle>"`.
 *  4. Meta: `og:title` "Name (@u) | TikTok" (identity check), `og:description`
 *     "… 783.4K Followers. …" (count only; the bio in it is run together with other text).
 *  5. `<title>` (same format, kept current by the SPA) for the name when og:title is stale.
 */
import { defineAdapter } from '../define-adapter';
import {
  type Draft,
  type Json,
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
  obj,
  personDraft,
  scriptJson,
  str,
  text,
  textCount,
  titleDraft,
} from '../dom';
import { tiktokProfileUrls } from './profile-url';

/** The `userInfo` ({user, stats, statsV2}) of whichever embedded state the page carries. */
function embeddedUserInfo(doc: Document, handle: string): Json | undefined {
  const needle = `"uniqueId":"${handle}"`;
  const universal = scriptJson(doc, '__UNIVERSAL_DATA_FOR_REHYDRATION__', needle);
  if (universal) return obj(get(universal, '__DEFAULT_SCOPE__', 'webapp.user-detail', 'userInfo'));
  const next = scriptJson(doc, '__NEXT_DATA__', needle);
  if (next) return obj(get(next, 'props', 'pageProps', 'userInfo'));
  const sigi = scriptJson(doc, 'SIGI_STATE', needle);
  return sigi ? { user: get(sigi, 'UserModule', 'users', handle), stats: get(sigi, 'UserModule', 'stats', handle) } : undefined;
}

/** The bio link's real target: TikTok wraps it as /link/v2?…&target=<url>. */
function bioLink(href: string | null | undefined): string[] | undefined {
  if (!href) return undefined;
  try {
    return links(new URL(href, 'https://www.tiktok.com/').searchParams.get('target') ?? href);
  } catch {
    return undefined;
  }
}

export const tiktokAdapter = defineAdapter({
  ...tiktokProfileUrls,
  label: 'TikTok',
  aliases: ['tt'],
  dmChannel: 'tiktok-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};

    // 1. JSON-LD.
    const ld = ldProfile(doc)?.person;
    if (ld && (me(ld.alternateName) || me(ld.url))) {
      const p = personDraft(ld, url.href);
      // The stable avatar URL carries the numeric user id.
      p.platformUserId = p.avatarUrl ? (new URL(p.avatarUrl).searchParams.get('userId') ?? undefined) : undefined;
      merge(d, p);
    }

    // 2. Rendered header. When it shows this handle the page is this profile, even if
    // the layout has no follower count block (the card then shows what there is).
    const headerIsMe = me(text(doc, '[data-e2e="user-title"]'));
    if (headerIsMe) {
      merge(d, {
        displayName: text(doc, '[data-e2e="user-subtitle"]'),
        followers: textCount(text(doc, '[data-e2e="followers-count"]'), 'dom', lang),
        bio: text(doc, '[data-e2e="user-bio"]'),
        avatarUrl: absUrl(doc.querySelector('[data-e2e="user-avatar"] img')?.getAttribute('src'), url.href),
        links: bioLink(doc.querySelector('[data-e2e="user-link"]')?.getAttribute('href')),
      });
    }

    // 3. Embedded state, only for an exact count (big parse).
    if (!d.followers?.exact) {
      const info = embeddedUserInfo(doc, ref.handle);
      const user = get(info, 'user');
      if (me(get(user, 'uniqueId'))) {
        const rounded = textCount(str(get(info, 'stats', 'followerCount')), 'json:stats', lang);
        merge(d, {
          displayName: line(str(get(user, 'nickname'))),
          bio: lines(str(get(user, 'signature'))),
          followers: exactCount(get(info, 'statsV2', 'followerCount'), 'json:statsV2') ?? (rounded && { ...rounded, exact: false }),
          avatarUrl: absUrl(str(get(user, 'avatarLarger')), url.href),
          platformUserId: str(get(user, 'id')),
          links: links(get(user, 'bioLink', 'link')),
        });
      }
    }

    // 4. Meta, when og:title names this profile.
    const title = nameAt(meta(doc, 'og:title'));
    if (title && me(title.handle)) {
      merge(d, {
        displayName: title.name,
        followers: textCount(meta(doc, 'og:description'), 'meta:og:description', lang),
        avatarUrl: absUrl(meta(doc, 'og:image'), url.href),
      });
    }
    // 5. <title>, same format, for the name.
    merge(d, titleDraft(doc, me));
    return finish(
      ref,
      d,
      `no name or follower count for @${ref.handle} on this page (looked in the page header, the embedded data and the meta tags)`,
      headerIsMe,
    );
  },
});

export default tiktokAdapter;
