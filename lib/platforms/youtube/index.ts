/**
 * YouTube. Handles: "@handle" URLs give `handle` without the "@", lower-cased;
 * `/channel/UC…` gives the UC id (case kept; a lower-cased handle can never start
 * with "UC"); legacy `/c/<name>`, `/user/<name>` and bare `/<name>` give "c/<name>" /
 * "user/<name>". When the page data confirms the channel, parse() upgrades the ref to
 * the @handle (profileUrl `https://www.youtube.com/@handle`) and returns the UC id as
 * platformUserId, so one channel reached by different URLs ends up as one profile.
 *
 * Source order (per field the first source naming this channel wins):
 *  1. `ytInitialData` from the inline script (verified 2018, 2024, 2026 shapes). It is the
 *     only verified source of the subscriber count (YouTube never shows an exact one), so
 *     it is parsed, but only after a cheap text check that the script mentions this
 *     channel (skips a stale snapshot of the first page loaded). Trusted when
 *     `channelMetadataRenderer.externalId`, `vanityChannelUrl`/`ownerUrls`, the header's
 *     handle text or a legacy owner URL matches the URL. Fields: `channelMetadataRenderer`
 *     {title, description, externalId, avatar}; count from `c4TabbedHeaderRenderer.subscriberCountText`
 *     (to 2024) or the `pageHeaderViewModel` metadata part naming subscribers (rows are not
 *     positional: pronouns may sit in between).
 *  2. Rendered DOM of the current header (unverified: no capture of the 2024+ DOM exists):
 *     `yt-page-header-renderer`, trusted only when one of its metadata rows is "@<handle>".
 *  3. Meta: `og:title`, `og:image`, `og:description` (truncated), trusted only when
 *     `og:url` / `itemprop=identifier` is the channel id already confirmed.
 */
import type { ProfileRef } from '../types';
import { defineAdapter } from '../define-adapter';
import { FOLLOWER_WORDS, parseCount } from '../count';
import {
  type Draft,
  absUrl,
  assignedObject,
  esc,
  finish,
  get,
  line,
  lines,
  links,
  list,
  lower,
  makeRef,
  merge,
  meta,
  obj,
  shown,
  str,
  textCount,
} from '../dom';
import { youtubeProfileUrls, CHANNEL_ID } from './profile-url';

/** "http://www.youtube.com/@OneMedia." or "@kurzgesagt" -> "onemedia." / "kurzgesagt". */
const handleIn = (s: string | undefined) => (s ? /(?:^|\/)@([^/?#"\s]+)/.exec(s)?.[1]?.toLowerCase() : undefined);
/** Last path segment of a legacy owner URL ("…/user/movietrailers" -> "movietrailers"). */
const legacyIn = (s: string | undefined) => (s && !s.includes('@') ? /\/(?:c\/|user\/)?([\w.-]+)\/?$/.exec(s)?.[1]?.toLowerCase() : undefined);
/** Header links are redirects: /redirect?…&q=<real url>. */
function linkTarget(u: unknown): string | undefined {
  const s = str(u);
  if (!s) return undefined;
  try {
    return new URL(s, 'https://www.youtube.com').searchParams.get('q') ?? s;
  } catch {
    return s;
  }
}

function fromInitialData(doc: Document, ref: ProfileRef, lang: string | undefined) {
  const legacy = ref.handle.includes('/') ? (ref.handle.split('/')[1] ?? '') : undefined;
  const key = legacy ?? ref.handle;
  // Non-ASCII handles may be \u-escaped in the JSON; skip the text check for them.
  const check = /^[\x20-\x7e]+$/.test(key) ? new RegExp(CHANNEL_ID.test(key) ? key : `[@/]${esc(key)}"`, 'i') : undefined;
  const data = assignedObject(doc, /ytInitialData"?\]?\s*=\s*\{/, check);
  const md = obj(get(data, 'metadata', 'channelMetadataRenderer'));
  const c4 = obj(get(data, 'header', 'c4TabbedHeaderRenderer'));
  const ph = obj(get(data, 'header', 'pageHeaderRenderer', 'content', 'pageHeaderViewModel'));
  const id = str(md?.externalId) ?? str(c4?.channelId);
  const parts = list(get(ph, 'metadata', 'contentMetadataViewModel', 'metadataRows'))
    .flatMap((r) => list(get(r, 'metadataParts')))
    .map((p) => line(str(get(p, 'text', 'content'))))
    .filter((p): p is string => !!p);
  const owner = [str(md?.vanityChannelUrl), ...list(md?.ownerUrls).map(str)];
  const handles = [...owner, str(get(c4, 'channelHandleText', 'runs', 0, 'text')), ...parts].map(handleIn);
  const isMe =
    id === ref.handle ||
    (legacy === undefined ? handles.includes(ref.handle) : [...owner.map(legacyIn), lower(str(md?.doubleclickTrackingUsername) ?? '')].includes(legacy));
  if (!md || !isMe) return undefined;

  // Subscribers: the old header's text, else the new header's part naming subscribers,
  // else the first of several counts in a row (subscribers come before videos).
  const countParts = parts.filter((p) => !p.startsWith('@') && parseCount(p, lang));
  const subs =
    str(get(c4, 'subscriberCountText', 'simpleText')) ?? countParts.find((p) => FOLLOWER_WORDS.test(p)) ?? (countParts.length > 1 ? countParts[0] : undefined);
  const thumbs = list(get(md, 'avatar', 'thumbnails'));
  const headerLinks = [
    ...list(get(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'primaryLinks')),
    ...list(get(c4, 'headerLinks', 'channelHeaderLinksRenderer', 'secondaryLinks')),
  ].map((l) => linkTarget(get(l, 'navigationEndpoint', 'urlEndpoint', 'url')));
  const attribution = list(get(ph, 'attribution', 'attributionViewModel', 'text', 'commandRuns')).map((r) =>
    linkTarget(get(r, 'onTap', 'innertubeCommand', 'commandMetadata', 'webCommandMetadata', 'url')),
  );
  const draft: Draft = {
    displayName: line(str(md.title)),
    bio: lines(str(md.description)),
    avatarUrl: absUrl(str(get(thumbs[thumbs.length - 1], 'url')), 'https://www.youtube.com/'),
    followers: textCount(subs, 'json:ytInitialData', lang),
    platformUserId: id,
    // Outbound only: the old header also links the channel's own subscribe URL.
    links: links(headerLinks.concat(attribution).filter((u) => u && !/^https?:\/\/(www\.)?youtube\.com\//.test(u))),
  };
  return { draft, handle: handles.find(Boolean) };
}

/** The current header as rendered (unverified selectors, see the top comment). */
function fromDom(doc: Document, handle: string, lang: string | undefined): Draft | undefined {
  const header = doc.querySelector('yt-page-header-renderer, yt-page-header-view-model');
  if (!header) return undefined;
  const rows = [...header.querySelectorAll('[class*="metadata-row"]')].flatMap((r) => (line(r.textContent) ?? '').split(/\s*[\u2022\u00b7]\s*/));
  if (!rows.some((r) => handleIn(r) === handle)) return undefined;
  const counts = rows.filter((r) => !r.startsWith('@') && parseCount(r, lang));
  return {
    displayName: line(header.querySelector('h1')?.textContent),
    followers: textCount(counts.find((r) => FOLLOWER_WORDS.test(r)) ?? (counts.length > 1 ? counts[0] : undefined), 'dom', lang),
    avatarUrl: absUrl(header.querySelector('img[src]')?.getAttribute('src'), 'https://www.youtube.com/'),
  };
}

export const youtubeAdapter = defineAdapter({
  ...youtubeProfileUrls,
  label: 'YouTube',
  aliases: ['yt'],
  dmChannel: 'other-dm',
  read(doc, url, { ref, lang }) {
    const d: Draft = {};

    const data = fromInitialData(doc, ref, lang);
    merge(d, data?.draft);
    const handle = data?.handle ?? (ref.handle.includes('/') || CHANNEL_ID.test(ref.handle) ? undefined : ref.handle);
    if (handle) merge(d, fromDom(doc, handle, lang));

    const id = d.platformUserId ?? (CHANNEL_ID.test(ref.handle) ? ref.handle : undefined);
    const metaId = doc.querySelector('meta[itemprop="identifier"]')?.getAttribute('content') ?? /\/channel\/(UC[\w-]{22})/.exec(meta(doc, 'og:url') ?? '')?.[1];
    if (id && metaId === id) {
      merge(d, {
        displayName: line(meta(doc, 'og:title')?.replace(/\s+-\s+YouTube$/, '')),
        bio: lines(meta(doc, 'og:description')),
        avatarUrl: absUrl(meta(doc, 'og:image'), url.href),
        platformUserId: id,
      });
    }
    if (handle && d.platformUserId) ref = makeRef('youtube', handle, `https://www.youtube.com/@${encodeURIComponent(handle)}`);
    return finish(ref, d, `no channel data for ${shown(ref)} on this page yet`);
  },
});

export default youtubeAdapter;
