/**
 * Every adapter is declared through this: its site facts (label, hosts, the
 * names people write for it, its DM channel) and its URL matcher, plus `read`,
 * the part that knows the site's DOM. The parse prologue every adapter needs is
 * here once: a URL that is not a profile reads nothing, the identity check
 * trusts only data naming this profile, and the page's language is read when
 * first asked for (some pages never need it).
 */
import { identity, notProfile, pageLang, sitePatterns } from './dom';
import type { DmChannel, ParseResult, PlatformAdapter, ProfileRef, ProfileUrls } from './types';

export interface ReadContext {
  ref: ProfileRef;
  /** True when a value (handle, URL) names this profile. */
  me(value: unknown): boolean;
  /** The page's `lang`, read on first use. */
  readonly lang: string | undefined;
}

/** A site's ProfileUrls (from its profile-url.ts, by spread) plus its labels and DOM reader. */
export interface AdapterSpec extends ProfileUrls {
  label: string;
  /** Other names for the platform in spreadsheets ("ig", "twitter"). */
  aliases: readonly string[];
  dmChannel: DmChannel;
  read(doc: Document, url: URL, context: ReadContext): ParseResult;
}

export function defineAdapter(spec: AdapterSpec): PlatformAdapter {
  const { read, ...facts } = spec;
  return {
    ...facts,
    matches: sitePatterns(...spec.hosts),
    parse(doc, url) {
      const ref = spec.matchProfileUrl(url);
      if (!ref) return notProfile(spec.id, url);
      let lang: { value: string | undefined } | undefined;
      return read(doc, url, {
        ref,
        me: identity(ref, spec.matchProfileUrl),
        get lang() {
          lang ??= { value: pageLang(doc) };
          return lang.value;
        },
      });
    },
  };
}
