/**
 * Test helpers: load the real saved pages from `<repo>/../shared/fixtures` (read-only,
 * provenance in SOURCES.md) into a Document. Test files using these need
 * `// @vitest-environment happy-dom` for DOMParser.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ParseResult, ScrapedProfile } from '../../../lib/platforms/types';

export const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures');

export const fixtureText = (rel: string): string => readFileSync(path.join(FIXTURES, rel), 'utf8');

/**
 * Parses a page with the environment's DOMParser. Test files set happy-dom's
 * `handleDisabledFileLoadingAsSuccess` so skipped stylesheets are not logged as errors.
 */
export const docFrom = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/**
 * A saved page as a Document. happy-dom logs an error for every <iframe> it will not
 * load (no setting silences it), so iframes are renamed to an inert element in memory
 * before parsing; no adapter reads iframes. The files themselves are never changed.
 */
export const fixtureDoc = (rel: string): Document => docFrom(fixtureText(rel).replace(/<(\/?)iframe\b/gi, '<$1x-iframe'));

/** Removes every element matching `selector` (to reach a later source in an adapter's order). */
export function without(doc: Document, selector: string): Document {
  for (const el of doc.querySelectorAll(selector)) el.remove();
  return doc;
}

/**
 * SYNTHETIC PAGE around a real innertube `browse` response: the NewPipe mocks store
 * the JSON YouTube returns to its own app (`response.responseBody`), which is the same
 * object the channel page embeds as `var ytInitialData = …;`. Only this wrapper is made up.
 */
export function youtubeBrowsePage(rel: string, lang = 'en-GB'): Document {
  const mock = JSON.parse(fixtureText(rel)) as { response: { responseBody: string } };
  const body = mock.response.responseBody.replace(/<\//g, '<\\/');
  return docFrom(`<!doctype html><html lang="${lang}"><head><title>YouTube</title></head><body><script>var ytInitialData = ${body};</script></body></html>`);
}

/** The profile of an ok result, failing the test with the reason otherwise. */
export function okProfile(r: ParseResult): ScrapedProfile {
  if (!r.ok) throw new Error(`expected ok, got: ${r.reason}`);
  return r.profile;
}

export const host = (u: string | undefined): string | undefined => (u ? new URL(u).hostname : undefined);
