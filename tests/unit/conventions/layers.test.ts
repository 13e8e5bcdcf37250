/**
 * Layering rules on the source tree: no import cycles, and the use-case layer
 * is the views' only way to change data.
 */
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCycles, importGraph } from './import-graph';

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
    expect(importCycles(new Map([['a.ts', ['b.ts']], ['b.ts', []]]))).toEqual([]);
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
