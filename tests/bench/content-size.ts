/**
 * content_script_gzip_bytes: for each supported site, the gzipped size of every
 * script the manifest injects into its pages, plus the profile half its loader
 * imports on profile pages (a web-accessible `<site>-profile.js`, see
 * lib/content/profile-loader.ts); the largest site is the figure.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { SITE_HOSTS } from '../e2e/harness/hosts';

interface ManifestContentScript {
  matches?: string[];
  exclude_matches?: string[];
  js?: string[];
  css?: string[];
}

export interface SiteScripts {
  host: string;
  files: string[];
  gzipBytes: number;
  rawBytes: number;
  cssGzipBytes: number;
}

function matchesAny(patterns: readonly string[] | undefined, url: string): boolean {
  return (patterns ?? []).some((p) => new MatchPattern(p).includes(url));
}

export function contentScriptSizes(extensionDir: string): SiteScripts[] {
  const manifest = JSON.parse(readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    content_scripts?: ManifestContentScript[];
    web_accessible_resources?: { resources: string[]; matches?: string[] }[];
  };
  const gz = (file: string) => gzipSync(readFileSync(path.join(extensionDir, file))).length;
  const raw = (file: string) => readFileSync(path.join(extensionDir, file)).length;
  const hosts = SITE_HOSTS.filter((h) => !h.endsWith('example.org'));
  return hosts.map((host) => {
    // A profile-shaped path, so path-restricted patterns count too.
    const url = `https://${host}/someone/`;
    const entries = (manifest.content_scripts ?? []).filter(
      (cs) => matchesAny(cs.matches, url) && !matchesAny(cs.exclude_matches, url),
    );
    const imported = (manifest.web_accessible_resources ?? [])
      .filter((war) => matchesAny(war.matches, url))
      .flatMap((war) => war.resources.filter((r) => r.endsWith('-profile.js')));
    const files = [...new Set([...entries.flatMap((cs) => cs.js ?? []), ...imported])];
    const css = [...new Set(entries.flatMap((cs) => cs.css ?? []))];
    return {
      host,
      files,
      gzipBytes: files.reduce((n, f) => n + gz(f), 0),
      rawBytes: files.reduce((n, f) => n + raw(f), 0),
      cssGzipBytes: css.reduce((n, f) => n + gz(f), 0),
    };
  });
}
