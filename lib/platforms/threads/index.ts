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
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { type Draft, absUrl, finish, lines, makeRef, merge, meta, nameAt, onHost, pageIsMe, segments, textCount, titleDraft } from '../dom';

const HANDLE = /^@([A-Za-z0-9._]{1,30})$/; // Instagram usernames
const TABS = new Set(['replies', 'reposts', 'media']);

function matchProfileUrl(url: URL): ProfileRef | null {
  if (!onHost(url, ['threads.net', 'threads.com'])) return null;
  const [first, tab, ...rest] = segments(url);
  const m = first ? HANDLE.exec(first) : null;
  // /@u/post/<id> is a post; /t/<id>, /search, /activity, /login have no "@".
  if (!m?.[1] || rest.length || (tab !== undefined && !TABS.has(tab))) return null;
  const handle = m[1].toLowerCase();
  return makeRef('threads', handle, `https://www.threads.com/@${handle}`);
}

export const threadsAdapter = defineAdapter({
  id: 'threads',
  label: 'Threads',
  hosts: ['threads.net', 'threads.com'],
  aliases: [],
  dmChannel: 'other-dm',
  matchProfileUrl,
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
