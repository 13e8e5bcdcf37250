/**
 * LinkedIn people (`/in/<vanity>`), companies (`/company/<slug>`) and schools
 * (`/school/<slug>`). A person's handle is the vanity name ("jane-doe"); companies and
 * schools keep their kind ("company/acme") because the namespaces overlap.
 * // Unverified: no saved real page; built from documented structure (see social-profile-pages.md)
 *
 * Source order (per field the first source naming this profile wins):
 *  1. JSON-LD (public pages, general knowledge): a `Person`/`Organization` (also inside
 *     `@graph`) whose `url` is this profile: name, description, image, FollowAction count.
 *  2. Meta, trusted when `og:url` / canonical is this profile: `og:title` / `<title>`
 *     ("Peter Ryszkiewicz | LinkedIn") name, "N followers" in the description (companies;
 *     people's "190 connections" are not followers), `og:image` on licdn.com. The
 *     description is a generated summary, not a bio, so it is not used as one.
 * No rendered DOM source: the logged-in DOM shows no handle to check the identity against.
 */
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, ldObjects, list, merge, meta, pageIsMe, personDraft, textCount, titleName } from '../dom';
import { linkedinProfileUrls } from './profile-url';

export const linkedinAdapter = defineAdapter({
  ...linkedinProfileUrls,
  label: 'LinkedIn',
  aliases: [],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};
    const type = ref.handle.includes('/') ? 'Organization' : 'Person';
    for (const o of ldObjects(doc, type)) {
      if (list(o['@type']).includes(type) && me(o.url)) {
        merge(d, personDraft(o, url.href));
        break;
      }
    }
    if (pageIsMe(doc, me)) {
      const image = absUrl(meta(doc, 'og:image'), url.href);
      merge(d, {
        displayName: titleName(meta(doc, 'og:title') ?? doc.title),
        followers: textCount(meta(doc, 'description') ?? meta(doc, 'og:description'), 'meta:description', lang, true),
        // Logged-out pages may show a generic image; profile photos are on licdn.com.
        avatarUrl: image && /(^|\.)licdn\.com$/.test(new URL(image).hostname) ? image : undefined,
      });
    }
    return finish(ref, d);
  },
});

export default linkedinAdapter;
