/**
 * The contract every platform adapter fulfils. Only `lib/platforms` knows a
 * site's URLs and DOM; everything else speaks in these types.
 */

export const PLATFORM_IDS = [
  'instagram',
  'tiktok',
  'youtube',
  'x',
  'twitch',
  'threads',
  'bluesky',
  'snapchat',
  'pinterest',
  'linkedin',
  'facebook',
  'kick',
] as const;

export type PlatformId = (typeof PLATFORM_IDS)[number];

/** A follower count as the page showed it, plus what we made of it. */
export interface FollowerCount {
  /** The text exactly as found (after whitespace normalisation), e.g. "4,69 M de suscriptores". */
  raw: string;
  /** The parsed number (an estimate when `exact` is false). */
  value: number;
  /** True when the page gave the precise number (JSON, aria-label), false for "1.2M". */
  exact: boolean;
  /** Where it was read from, e.g. "json-ld", "dom", "meta:og:description". For debugging and tests. */
  source: string;
}

/** What the URL alone tells us: which profile this page is about. */
export interface ProfileRef {
  platform: PlatformId;
  /** Normalised identity handle (lower-cased where the platform is case-insensitive). */
  handle: string;
  /** Canonical profile URL (no query, fragment or tab suffix). */
  profileUrl: string;
}

/** Facts read from a rendered or served profile page. All text is untrusted. */
export interface ScrapedProfile extends ProfileRef {
  displayName?: string;
  followers?: FollowerCount;
  bio?: string;
  avatarUrl?: string;
  /** Stable platform id when the page exposes one (YouTube UC…, Bluesky DID, X numeric id). */
  platformUserId?: string;
  /** Outbound links from the bio/header (used to suggest linking accounts of one creator). */
  links?: string[];
}

export type ParseResult =
  | { ok: true; profile: ScrapedProfile }
  /** `reason` is shown to the user ("can't read this profile: …"); keep it short and specific. */
  | { ok: false; ref: ProfileRef; reason: string };

/** The direct-message channels a platform's touches go through (the touch channels in lib/domain include these). */
export type DmChannel = 'instagram-dm' | 'tiktok-dm' | 'x-dm' | 'other-dm';

/**
 * The parts of a URL that profile matchers read. `location` has them too, so the
 * content script's loader matches the page it loaded on without parsing a URL.
 */
export type UrlParts = Pick<URL, 'protocol' | 'hostname' | 'pathname' | 'search'>;

/** A site's profile-URL facts (ProfileUrls) plus what the rest of Rapport needs of it. */
export interface PlatformAdapter extends ProfileUrls {
  /** Human label, e.g. "YouTube". */
  label: string;
  /** Other names people write for the platform in spreadsheets ("ig", "twitter"), lower case. */
  aliases: readonly string[];
  /** The channel a direct message on this platform is logged as. */
  dmChannel: DmChannel;
  /** Match patterns for the content script and host access (the whole site: which pages are profiles is decided at run time). */
  matches: readonly string[];
  /**
   * Pure: read the profile from the document. Must only trust embedded data
   * (JSON, JSON-LD, meta) whose handle matches `url`, because after a
   * client-side navigation the embedded data still describes the first page.
   */
  parse(doc: Document, url: URL): ParseResult;
}

/**
 * A site's hosts and its profile-URL matcher, without the DOM readers: what the
 * content script's loader needs on every page of the site.
 */
export interface ProfileUrls {
  id: PlatformId;
  /** The site's own host names (subdomains included); no other code names them. */
  hosts: readonly string[];
  /** Profile or not, from the URL only. Returns null for posts, search, settings, reserved paths… */
  matchProfileUrl(url: UrlParts): ProfileRef | null;
}
