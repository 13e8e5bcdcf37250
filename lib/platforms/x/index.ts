/**
 * X / Twitter. Source order (per field the first source naming this profile wins;
 * an exact count replaces a rounded one):
 *  1. JSON-LD `ProfilePage` (rendered DOM, verified 2023 and 2025): `mainEntity` (2025) or
 *     `author` (2023), trusted when `additionalName` is this handle. Exact followers
 *     (FollowAction named "Follows" = followers), name with emoji (the DOM renders emoji
 *     as images), bio, 400x400 avatar, numeric id, `relatedLink` (expanded link preferred).
 *     React Helmet re-renders it on navigation (`data-rh`); the handle check still applies.
 *  2. Rendered DOM: `[data-testid=UserName]` must contain "@<handle>"; name is its text
 *     before that; `a[href="/<h>/verified_followers"|"/<h>/followers"]` ("3,893 Followers",
 *     "86.4K Followers"); `UserDescription`; `UserAvatar-Container-<h> img`; `UserUrl`.
 *  3. Meta, as served to bots (verified): `og:title` "Name (@h) on X" (identity check),
 *     `og:description` = bio, `og:image` (only a `/profile_images/` URL; rendered pages
 *     carry a generic image there). No counts.
 * X pages embed no user JSON; the GraphQL shape (`core.screen_name`, …) is API-only.
 */
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, esc, finish, ldProfile, line, lines, links, lower, merge, meta, nameAt, personDraft, str, textCount } from '../dom';
import { xProfileUrls } from './profile-url';

export const xAdapter = defineAdapter({
  ...xProfileUrls,
  label: 'X',
  aliases: ['twitter', 'x (twitter)'],
  dmChannel: 'x-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};

    // 1. JSON-LD.
    const ld = ldProfile(doc);
    if (ld && (me(ld.person.additionalName) || me(ld.person.url))) {
      const all = links(ld.page.relatedLink);
      const expanded = all?.filter((u) => !/^https?:\/\/t\.co\//i.test(u));
      merge(d, {
        ...personDraft(ld.person, url.href),
        platformUserId: str(ld.person.identifier),
        links: expanded?.length ? expanded : all,
      });
    }

    // 2. Rendered header.
    const nameBox = line(doc.querySelector('[data-testid="UserName"]')?.textContent) ?? '';
    // "@kiko" must not match "@kikobeats".
    const at = nameBox.search(new RegExp(`@${esc(ref.handle)}(?![A-Za-z0-9_])`, 'i'));
    if (at >= 0) {
      let followers: Draft['followers'];
      for (const a of doc.querySelectorAll('a[href$="/followers"],a[href$="/verified_followers"]')) {
        if (me(a.getAttribute('href'))) {
          followers = textCount(a.textContent, 'dom', lang);
          break;
        }
      }
      let avatar: string | undefined;
      for (const box of doc.querySelectorAll('[data-testid^="UserAvatar-Container-"]')) {
        if (lower(box.getAttribute('data-testid') ?? '') === `useravatar-container-${ref.handle}`) {
          avatar = absUrl(box.querySelector('img')?.getAttribute('src'), url.href);
          break;
        }
      }
      const site = doc.querySelector('[data-testid="UserUrl"]');
      const siteText = line(site?.textContent);
      merge(d, {
        displayName: line(nameBox.slice(0, at)),
        followers,
        bio: line(doc.querySelector('[data-testid="UserDescription"]')?.textContent),
        avatarUrl: avatar,
        // The visible text is the expanded link unless X truncated it ("…").
        links: links(siteText && !siteText.endsWith('\u2026') ? siteText : site?.getAttribute('href')),
      });
    }

    // 3. Meta (served to bots).
    const title = nameAt(meta(doc, 'og:title'));
    if (title && me(title.handle)) {
      const image = meta(doc, 'og:image');
      merge(d, {
        displayName: title.name,
        bio: lines(meta(doc, 'og:description')),
        avatarUrl: image?.includes('/profile_images/') ? absUrl(image, url.href) : undefined,
      });
    }
    return finish(ref, d);
  },
});

export default xAdapter;
