/**
 * Threads. Source order:
 *  1. Meta (served HTML, verified on a 2023 page): `og:title` "Name (@u) on Threads" gives
 *     the name and the identity check (or `og:url`/canonical, whose "@" is HTML-escaped
 *     and decoded by the DOM); `og:description` "2K Followers. <bio>" gives the count
 *     (before the first ". ") and the bio (after it); `og:image` the avatar.
 *  2. `<title>` "Name (@u) …" for the name (the SPA keeps it current).
 * No rendered DOM source: no capture exists and Meta's class names are obfuscated, so the
 * rendered header is not read. The served page has no profile JSON or JSON-LD.
 */
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, lines, merge, meta, nameAt, pageIsMe, textCount, titleDraft } from '../dom';
import { threadsProfileUrls } from './profile-url';

export const threadsAdapter = defineAdapter({
  ...threadsProfileUrls,
  label: 'Threads',
  aliases: [],
  dmChannel: 'other-dm',
  read(doc, url, { ref, me, lang }) {
    const d: Draft = {};
    const title = nameAt(meta(doc, 'og:title'));
    if (title ? me(title.handle) : pageIsMe(doc, me)) {
      const desc = meta(doc, 'og:description') ?? meta(doc, 'description') ?? '';
      const dot = desc.indexOf('. ');
      const followers = textCount(dot < 0 ? desc : desc.slice(0, dot), 'meta:og:description', lang, true);
      merge(d, {
        displayName: title?.name,
        followers,
        bio: followers ? (dot < 0 ? undefined : lines(desc.slice(dot + 2))) : lines(desc),
        avatarUrl: absUrl(meta(doc, 'og:image'), url.href),
      });
    }
    // <title> follows client-side navigation; og tags may still describe the first page.
    merge(d, titleDraft(doc, me));
    return finish(ref, d);
  },
});

export default threadsAdapter;
