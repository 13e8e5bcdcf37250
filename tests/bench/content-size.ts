/**
 * content_script_gzip_bytes: for each supported site, the gzipped size of every
 * script the manifest injects into its pages; the largest site is the figure.
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
    const files = [...new Set(entries.flatMap((cs) => cs.js ?? []))];
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
