/**
 * Layering rules on the source tree: no import cycles, and the use-case layer
 * is the views' only way to change data.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph } from './import-graph';
import { ADAPTERS } from '../../../lib/platforms/registry';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

describe('import cycles', () => {
  it('finds a cycle when there is one (so an empty answer means something)', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts', 'd.ts']],
      ['d.ts', []],
    ]);
    expect(importCycles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts', 'a.ts']]);
    expect(
      importCycles(
        new Map([
          ['a.ts', ['b.ts']],
          ['b.ts', []],
        ]),
      ),
    ).toEqual([]);
  });

  it('reads the real tree: lib/db imports its repositories', () => {
    const graph = importGraph(ROOT, ['lib']);
    expect(graph.get('lib/db/index.ts')).toEqual(expect.arrayContaining(['lib/db/repositories/creators.ts', 'lib/db/repositories/due-list.ts']));
  });

  it('has none in lib/db, nor anywhere else in the product', () => {
    expect(importCycles(importGraph(ROOT, ['lib/db']))).toEqual([]);
    expect(importCycles(importGraph(ROOT, ['lib', 'components', 'entrypoints']))).toEqual([]);
  });
});

/** The value names a file imports from lib/db (type-only imports are erased, so they are fine). */
function dbValueImports(text: string): string[] {
  const names: string[] = [];
  for (const m of text.matchAll(/import\s+(type\s+)?\{([^}]*)\}\s+from\s+['"](?:\.\.\/)+lib\/db['"]/g)) {
    if (m[1]) continue;
    for (const part of (m[2] ?? '').split(',')) {
      const name =
        part
          .trim()
          .split(/\s+as\s+/)[0]
          ?.trim() ?? '';
      if (name && !name.startsWith('type ')) names.push(name);
    }
  }
  return names;
}

/** lib/db's reads are named for what they do: a view may call these and nothing else there. */
const READ_NAME = /^(get|list|find|scan|count|subscribeToChanges$)/;

describe('the views change data only through use cases', () => {
  const views = [...importGraph(ROOT, ['components']).keys()];
  const text = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

  it('recognises a write import (so an empty answer means something)', () => {
    expect(dbValueImports("import { getCreator, updateCreator, type CreatorPatch } from '../../lib/db';")).toEqual(['getCreator', 'updateCreator']);
    expect(dbValueImports("import type { DueItem } from '../../lib/db';")).toEqual([]);
    expect(['updateCreator', 'saveScrapedProfile', 'collaborations', 'deleteAllData'].filter((n) => READ_NAME.test(n))).toEqual([]);
  });

  it('imports only reads from lib/db in components (writes go through lib/use-cases)', () => {
    expect(views.length).toBeGreaterThan(20);
    const writes = views.flatMap((file) =>
      dbValueImports(text(file))
        .filter((name) => !READ_NAME.test(name))
        .map((name) => `${file}: ${name}`),
    );
    expect(writes).toEqual([]);
  });

  it('never reaches into lib/db internals or the messaging protocol from components', () => {
    const offenders = views.filter((file) => /from\s+['"](?:\.\.\/)+lib\/db\/|from\s+['"](?:\.\.\/)+lib\/messaging\/background-client['"]/.test(text(file)));
    expect(offenders).toEqual([]);
  });
});

describe('files that hold one thing each', () => {
  it('keeps every file in components/ at 250 lines or fewer', () => {
    const views = [...importGraph(ROOT, ['components']).keys()];
    const long = views
      .map((file) => ({ file, lines: readFileSync(path.join(ROOT, file), 'utf8').replace(/\n$/, '').split('\n').length }))
      .filter((f) => f.lines > 250)
      .map((f) => `${f.file}: ${f.lines} lines`);
    expect(long).toEqual([]);
  });
});

/** Source text without comments: a comment may mention a site, code may not. */
const codeOf = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');

/** The site host names a text's code mentions. */
function hostsIn(text: string, hosts: readonly string[]): string[] {
  const code = codeOf(text);
  return hosts.filter((h) => new RegExp(`(?<![a-z0-9-])${h.replace(/\./g, '\\.')}(?![a-z0-9-])`, 'i').test(code));
}

describe('site knowledge lives in lib/platforms', () => {
  const hosts = ADAPTERS.flatMap((a) => a.hosts);

  it('knows every site by its adapter, facts included', () => {
    expect(hosts).toEqual(expect.arrayContaining(['instagram.com', 'tiktok.com', 'youtube.com', 'x.com', 'bsky.app']));
    for (const a of ADAPTERS) expect(a.matches).toEqual(a.hosts.flatMap((h) => [`*://*.${h}/*`, `*://${h}/*`]));
    expect(hostsIn("const u = 'https://www.tiktok.com/@kai'; // instagram.com", hosts)).toEqual(['tiktok.com']);
    expect(hostsIn('const box = "dropbox.com";', ['x.com'])).toEqual([]);
  });

  it('names no site host outside lib/platforms', () => {
    const product = [...importGraph(ROOT, ['lib', 'components', 'entrypoints']).keys()].filter((f) => !f.startsWith('lib/platforms/'));
    const offenders = product.flatMap((f) => hostsIn(readFileSync(path.join(ROOT, f), 'utf8'), hosts).map((h) => `${f}: ${h}`));
    expect(offenders).toEqual([]);
  });
});
