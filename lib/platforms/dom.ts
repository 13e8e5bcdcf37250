/**
 * Small helpers shared by every adapter. Kept dependency-free and compact:
 * each site's content script bundles this file (budget: 10 KB gzipped per site).
 * Attribute values are always read through the DOM (HTML entities like
 * `&#064;` are decoded by the parser), never by regex over markup.
 */
import { countInText, parseCount } from './count';
import type { FollowerCount, ParseResult, PlatformId, ProfileRef, ScrapedProfile, UrlParts } from './types';

export type Json = Record<string, unknown>;
/** The scraped fields without the identity part. */
export type Draft = Omit<ScrapedProfile, keyof ProfileRef>;

// ---- values out of unknown JSON ----

export const obj = (v: unknown): Json | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : undefined);
export const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : v == null ? [] : [v]);
export const str = (v: unknown): string | undefined => (typeof v === 'string' ? v || undefined : typeof v === 'number' ? String(v) : undefined);

/** Safe deep read: `get(o, 'a', 0, 'b')`. */
export function get(v: unknown, ...path: (string | number)[]): unknown {
  for (const k of path) {
    if (v == null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[k];
  }
  return v;
}

/** JSON.parse that never throws; retries with raw control characters blanked (Bluesky's JSON-LD has literal newlines in strings). */
export function parseJson(text: string | null | undefined): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return undefined;
    }
  }
}

// ---- text ----

// Bidi marks/isolates and zero-width space; not ZWJ/ZWNJ (U+200C/D), which are part of emoji and scripts.
const BIDI = /[\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** One line of display text: bidi marks removed, whitespace collapsed. */
export const line = (s: string | null | undefined): string | undefined => s?.replace(BIDI, '').replace(/\s+/g, ' ').trim() || undefined;

/** Multi-line text (bios from JSON/meta): keeps line breaks, trims each line, at most one blank line. */
export const lines = (s: string | null | undefined): string | undefined =>
  s
    ?.replace(BIDI, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim() || undefined;

/** Normalised text content of the first element matching `sel`. */
export const text = (root: ParentNode, sel: string): string | undefined => line(root.querySelector(sel)?.textContent);

/** "Pluto (@pluto__travel) • Instagram…" -> { name: "Pluto", handle: "pluto__travel" }. */
export function nameAt(s: string | null | undefined): { name?: string; handle: string } | undefined {
  const m = s && /^(.*?)\s*\(@([^()\s]+)\)/.exec(s);
  return m && m[2] ? { name: line(m[1]), handle: m[2] } : undefined;
}

/** Display name from a page title: "Peter Ryszkiewicz - Venmo | LinkedIn" -> "Peter Ryszkiewicz". */
export const titleName = (s: string | null | undefined): string | undefined => line(s?.split(/\s+[|\u2022\u00b7-]\s+/)[0]?.replace(/\s*\(@?[^()\s]+\)$/, ''));

// ---- document sources ----

/** `<meta property|name=key content>`. */
export const meta = (doc: Document, key: string): string | undefined =>
  doc.querySelector(`meta[property="${key}"],meta[name="${key}"]`)?.getAttribute('content') || undefined;

export const canonical = (doc: Document): string | undefined => doc.querySelector('link[rel="canonical"]')?.getAttribute('href') || undefined;

export const pageLang = (doc: Document): string | undefined => doc.documentElement?.getAttribute('lang') || undefined;

/**
 * Top-level JSON-LD objects (and `@graph` members) from the scripts whose text
 * contains `needle`; other blocks are not parsed (Snapchat ships 30+ big ones).
 */
export function ldObjects(doc: Document, needle: string): Json[] {
  const out: Json[] = [];
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const t = s.textContent;
    if (!t?.includes(needle)) continue;
    for (const o of list(parseJson(t))) {
      const j = obj(o);
      if (j) out.push(j, ...(list(j['@graph']).map(obj).filter(Boolean) as Json[]));
    }
  }
  return out;
}

/** A schema.org ProfilePage and its Person (`mainEntity`, or `author` on 2023 Twitter). */
export function ldProfile(doc: Document): { page: Json; person: Json } | undefined {
  for (const page of ldObjects(doc, 'ProfilePage')) {
    if (!list(page['@type']).includes('ProfilePage')) continue;
    const person = obj(page.mainEntity) ?? obj(page.author);
    if (person) return { page, person };
  }
  return undefined;
}

/** The FollowAction counter of an `interactionStatistic` (type written as URL, bare name or object). */
export function followAction(stats: unknown): unknown {
  for (const s of list(stats)) {
    if (JSON.stringify(get(s, 'interactionType') ?? '').includes('FollowAction')) return get(s, 'userInteractionCount');
  }
  return undefined;
}

/** The usual fields of a schema.org Person. Identity must be checked by the caller. */
export function personDraft(p: Json, base: string): Draft {
  return {
    displayName: line(str(p.name) ?? str(p.givenName)),
    bio: lines(str(p.description)),
    avatarUrl: absUrl(str(p.image) ?? str(get(p.image, 'contentUrl')) ?? str(get(p.image, 'url')), base),
    followers: exactCount(followAction(p.interactionStatistic), 'json-ld'),
    links: links(p.sameAs),
  };
}

/** The JSON in `<script id=…>` (TikTok, Next.js), parsed only if its text contains `mustContain` (cheap staleness check before a big parse). */
export function scriptJson(doc: Document, id: string, mustContain: string): unknown {
  const t = doc.getElementById(id)?.textContent;
  return t && t.includes(mustContain) ? parseJson(t) : undefined;
}

/**
 * The object literal assigned in an inline script, e.g. `var ytInitialData = {…};`
 * (content scripts cannot read page globals, so the script text is parsed).
 * `marker` must end at the opening brace. A balanced-brace scan finds the end,
 * because other statements can follow in the same script (2018 YouTube).
 * When `mustContain` does not match the script, it is not parsed at all: a cheap
 * way to skip a stale snapshot of another page before an expensive JSON.parse.
 */
export function assignedObject(doc: Document, marker: RegExp, mustContain?: RegExp): unknown {
  for (const s of doc.querySelectorAll('script:not([src])')) {
    const t = s.textContent ?? '';
    const m = marker.exec(t);
    if (!m) continue;
    if (mustContain && !mustContain.test(t)) return undefined;
    const from = m.index + m[0].length - 1;
    let depth = 0;
    let inString = false;
    for (let i = from; i < t.length; i++) {
      const c = t.charCodeAt(i);
      if (inString) {
        if (c === 92)
          i++; // backslash: skip the escaped char
        else if (c === 34) inString = false;
      } else if (c === 34) inString = true;
      else if (c === 123) depth++;
      else if (c === 125 && --depth === 0) return parseJson(t.slice(from, i + 1));
    }
    return undefined;
  }
  return undefined;
}

// ---- values ----

export function absUrl(u: string | null | undefined, base: string): string | undefined {
  if (!u) return undefined;
  try {
    return new URL(u, base).href;
  } catch {
    return undefined;
  }
}

/** Outbound links as absolute URLs ("edsheeran.com" -> "https://edsheeran.com"). */
export function links(v: unknown): string[] | undefined {
  const out = list(v)
    .map((x) => str(x)?.trim())
    .filter((x): x is string => !!x && !/\s/.test(x))
    .map((x) => (/^https?:\/\//i.test(x) ? x : `https://${x.replace(/^\/+/, '')}`));
  return out.length ? [...new Set(out)] : undefined;
}

/** A count the page gives as a number or digit string (JSON). */
export function exactCount(v: unknown, source: string): FollowerCount | undefined {
  const raw = typeof v === 'number' && Number.isFinite(v) ? String(v) : typeof v === 'string' ? v.trim() : '';
  return /^\d+$/.test(raw) ? { raw, value: Number(raw), exact: true, source } : undefined;
}

/**
 * A count in page text: "3,893 Followers", "4,69 M de suscriptores", or (unless
 * `needWord`) a bare "783.4K". Use `needWord` on free text such as a bio sentence.
 */
export function textCount(s: string | null | undefined, source: string, locale?: string, needWord = false): FollowerCount | undefined {
  const raw = line(s);
  if (!raw) return undefined;
  const inText = countInText(raw, locale);
  if (inText) return { raw: inText.raw, value: inText.value, exact: inText.exact, source };
  const c = needWord ? null : parseCount(raw, locale);
  return c ? { raw, ...c, source } : undefined;
}

/**
 * Open Graph fields of a profile page, for the sites without a saved real page
 * (Pinterest, LinkedIn, Facebook, Kick). Identity must be checked by the caller
 * (see `pageIsMe`).
 */
export function ogDraft(doc: Document, base: string): Draft {
  const desc = meta(doc, 'og:description') ?? meta(doc, 'description');
  return {
    displayName: titleName(meta(doc, 'og:title')),
    followers: textCount(desc, 'meta:og:description', pageLang(doc), true),
    bio: lines(desc),
    avatarUrl: absUrl(meta(doc, 'og:image'), base),
  };
}

/**
 * The name from `<title>` "Name (@handle) …" when it names this profile. SPAs usually update
 * the title on client-side navigation, while og tags may still describe the first page.
 */
export function titleDraft(doc: Document, me: (v: unknown) => boolean): Draft | undefined {
  const t = nameAt(doc.title);
  return t && me(t.handle) ? { displayName: t.name } : undefined;
}

/** True when `og:url` or the canonical link is this profile. */
export const pageIsMe = (doc: Document, me: (v: unknown) => boolean): boolean => me(meta(doc, 'og:url')) || me(canonical(doc));

// ---- identity and result ----

export const lower = (s: string) => s.toLowerCase();
/** Escapes a handle for use inside a RegExp. */
export const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** Path segments, percent-decoded, empty ones dropped. */
export function segments(url: UrlParts): string[] {
  const parts = url.pathname.split('/').filter(Boolean);
  // Most paths have nothing to decode; the loader runs this on every page of a site.
  return url.pathname.includes('%') ? parts.map(decodeSegment) : parts;
}

/** One query parameter, or null. */
export const queryParam = (url: UrlParts, name: string): string | null => new URLSearchParams(url.search).get(name);

/**
 * A fixed set of words, written as one space-separated string. The profile matchers
 * run on every page load of their site: a substring search in one string costs
 * nothing to set up, where building a Set of a hundred words costs the page a
 * little every time (tests/bench/README.md). Words must not contain spaces.
 */
export function wordSet(words: string): { has(word: string): boolean } {
  const padded = ` ${words} `;
  return { has: (word) => word !== '' && !word.includes(' ') && padded.includes(` ${word} `) };
}

/**
 * http(s) on one of `domains` with one of the subdomain prefixes `subs`
 * ("" = bare domain, "*" = any subdomain). Other subdomains (help., clips.,
 * dashboard.) are different apps, not profiles.
 */
export function onHost(url: UrlParts, domains: readonly string[], subs: readonly string[] = ['', 'www.']): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const h = url.hostname.toLowerCase();
  return domains.some((d) => subs.some((s) => (s === '*' ? h === d || h.endsWith(`.${d}`) : h === s + d)));
}

/** Match patterns for a site and its subdomains. */
export const sitePatterns = (...domains: string[]): string[] => domains.flatMap((d) => [`*://*.${d}/*`, `*://${d}/*`]);

export const makeRef = (platform: PlatformId, handle: string, profileUrl: string): ProfileRef => ({
  platform,
  handle,
  profileUrl,
});

/**
 * Builds "does this value name the profile in the URL?" for a ref: a bare handle
 * ("@Kikobeats", "illojuan") or a URL the adapter's own matcher maps to the same handle.
 */
export function identity(ref: ProfileRef, match: (u: URL) => ProfileRef | null): (v: unknown) => boolean {
  return (v) => {
    const s = str(v)?.trim();
    if (!s) return false;
    if (lower(s.replace(/^@/, '')) === ref.handle) return true;
    if (!/^(https?:)?\//i.test(s)) return false;
    try {
      return match(new URL(s, ref.profileUrl))?.handle === ref.handle;
    } catch {
      return false;
    }
  };
}

/** Fills the fields `d` lacks from `s`; an approximate count is replaced only by an exact one. */
export function merge(d: Draft, s: Draft | undefined): void {
  if (!s) return;
  d.displayName ||= s.displayName;
  d.bio ||= s.bio;
  d.avatarUrl ||= s.avatarUrl;
  d.platformUserId ||= s.platformUserId;
  if (!d.links?.length) d.links = s.links;
  if (s.followers && (!d.followers || (!d.followers.exact && s.followers.exact))) d.followers = s.followers;
}

/** "@foo" for handles, as-is for ids and paths ("UC…", "in/foo", "did:plc:…"). */
export const shown = (ref: ProfileRef): string => (/^UC|[/:]|^\d+$/.test(ref.handle) ? ref.handle : `@${ref.handle}`);

/**
 * ok when a source naming this profile gave at least a name or a count, or when
 * the rendered page itself shows this profile's handle (`shownOnPage`): then the
 * card appears with what there is, even on a layout with no follower count.
 */
export function finish(ref: ProfileRef, d: Draft, reason?: string, shownOnPage = false): ParseResult {
  if (!d.displayName && !d.followers && !shownOnPage) {
    return { ok: false, ref, reason: reason ?? `no profile data for ${shown(ref)} on this page yet` };
  }
  const profile: ScrapedProfile = { ...ref };
  if (d.displayName) profile.displayName = d.displayName;
  if (d.followers) profile.followers = d.followers;
  if (d.bio) profile.bio = d.bio;
  if (d.avatarUrl) profile.avatarUrl = d.avatarUrl;
  if (d.platformUserId) profile.platformUserId = d.platformUserId;
  if (d.links?.length) profile.links = d.links;
  return { ok: true, profile };
}

/** parse() on a URL that is not a profile: nothing to read. */
export const notProfile = (platform: PlatformId, url: URL): ParseResult => ({
  ok: false,
  ref: makeRef(platform, '', url.href),
  reason: 'this page is not a profile',
});
