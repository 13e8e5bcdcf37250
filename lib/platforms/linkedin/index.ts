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
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import {
  type Draft,
  absUrl,
  finish,
  ldObjects,
  list,
  lower,
  makeRef,
  merge,
  meta,
  onHost,
  pageIsMe,
  personDraft,
  segments,
  textCount,
  titleName,
} from '../dom';

const KINDS = new Set(['in', 'company', 'school']);
// Sub-pages that still show the profile.
const TABS = new Set(['details', 'recent-activity', 'overlay', 'about', 'posts', 'people', 'jobs', 'life', 'videos', 'events']);
// Created on first use: a Unicode class is costly to set up (tenths of a ms), and the content
// script loads on every LinkedIn page, most of which are not profiles.
let slugPattern: RegExp | undefined;
const isSlug = (s: string) => (slugPattern ??= /^[\p{L}\p{N}_-]{2,100}$/u).test(s);

function matchProfileUrl(url: URL): ProfileRef | null {
  // Country subdomains (ca.linkedin.com) serve the same pages.
  if (!onHost(url, ['linkedin.com'], ['*'])) return null;
  const [kind, slug, tab] = segments(url);
  // /feed, /posts/…, /pulse/…, /jobs/…, /learning/…, /events/…, /search/… are other pages.
  if (!kind || !KINDS.has(kind) || !slug || !isSlug(slug)) return null;
  if (tab !== undefined && !TABS.has(tab)) return null;
  const name = lower(slug);
  return makeRef('linkedin', kind === 'in' ? name : `${kind}/${name}`, `https://www.linkedin.com/${kind}/${encodeURIComponent(name)}/`);
}

export const linkedinAdapter = defineAdapter({
  id: 'linkedin',
  label: 'LinkedIn',
  hosts: ['linkedin.com'],
  aliases: [],
  dmChannel: 'other-dm',
  matchProfileUrl,
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
