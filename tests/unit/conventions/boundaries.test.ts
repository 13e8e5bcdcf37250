/**
 * Architecture rules, checked on the source tree so they cannot erode quietly:
 * only lib/db touches IndexedDB, only lib/platforms knows a site's DOM,
 * every migration step has its own test, and untrusted text is never rendered as HTML.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(ROOT, dir))) {
    const rel = path.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) out.push(...sourceFiles(rel));
    else if (/\.(ts|tsx)$/.test(name)) out.push(rel);
  }
  return out;
}

const productFiles = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles);
const read = (rel: string) => readFileSync(path.join(ROOT, rel), 'utf8');

describe('module boundaries', () => {
  it('has product code to check', () => {
    expect(productFiles.length).toBeGreaterThan(20);
  });

  it('only lib/db imports idb or uses indexedDB', () => {
    const offenders = productFiles.filter((f) => !f.startsWith('lib/db/') && /from ['"]idb['"]|\bindexedDB\b|IDBKeyRange/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('never renders strings as HTML', () => {
    const offenders = productFiles.filter((f) => /dangerouslySetInnerHTML|\.innerHTML\s*=|insertAdjacentHTML|document\.write\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('never casts the string a form control returns to a typed value (EnumSelect looks it up instead)', () => {
    const offenders = productFiles.filter((f) => /\.target\.value as\b/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('talks to the network in one place only: the team client, to the team server the person entered', () => {
    // lib/team/client holds the only requests: team-api.ts (HTTP) and live.ts (the live stream), both to the
    // address saved when the person joined a team. Everything else never opens a connection.
    const allowed = new Set(['lib/team/client/team-api.ts', 'lib/team/client/live.ts']);
    const offenders = productFiles.filter(
      (f) => !allowed.has(f) && /\bfetch\(|\bXMLHttpRequest\b|\bnew WebSocket\(|\bEventSource\b|\bsendBeacon\(/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });

  it('never uses window.postMessage to carry data between contexts', () => {
    const offenders = productFiles.filter((f) => /\bwindow\.postMessage\(|\bparent\.postMessage\(|\btop\.postMessage\(/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('keeps zod and webextension-polyfill out of content-script code (they would ship into every page)', () => {
    const contentCode = productFiles.filter(
      (f) => f.startsWith('lib/content/') || f.startsWith('lib/platforms/') || /^entrypoints\/[^/]+\.content\.ts$/.test(f),
    );
    expect(contentCode.length).toBeGreaterThan(12);
    // Type-only imports are erased at build time, so they are fine.
    const runtimeImports = (f: string) => [...read(f).matchAll(/^import\s+(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1] ?? '');
    const forbidden = /^(zod|zod\/mini|wxt\/browser|webextension-polyfill)$|messaging\/(content-protocol|profile-schemas|overlay-protocol|background-[a-z]+)$/;
    const offenders = contentCode.filter((f) => runtimeImports(f).some((source) => forbidden.test(source)));
    expect(offenders).toEqual([]);
  });

  it('has no @ts-ignore or @ts-nocheck', () => {
    const offenders = productFiles.filter((f) => /@ts-ignore|@ts-nocheck/.test(read(f)));
    expect(offenders).toEqual([]);
  });
});

describe('the database upgrade ladder', () => {
  it('gives every migration step its own test', () => {
    const steps = readdirSync(path.join(ROOT, 'lib/db/migrations')).filter((f) => /^\d{3}-.*\.ts$/.test(f));
    expect(steps.length).toBeGreaterThan(0);
    const testDir = path.join(ROOT, 'tests/unit/db/migrations');
    const tests = readdirSync(testDir);
    for (const step of steps) expect(tests).toContain(step.replace(/\.ts$/, '.test.ts'));
  });

  it('opens the database at exactly its own version N in each migration test, never at whatever the ladder reaches today', () => {
    const testDir = path.join(ROOT, 'tests/unit/db/migrations');
    const stepTests = readdirSync(testDir).filter((f) => /^\d{3}-.*\.test\.ts$/.test(f));
    expect(stepTests.length).toBeGreaterThan(3);
    const offenders = stepTests.filter((file) => {
      const version = Number(file.slice(0, 3));
      const text = readFileSync(path.join(testDir, file), 'utf8');
      // Step 001 also tests the ladder as a whole (abort, blocking), which needs the real opener.
      const opensLatest = version > 1 && /openRapportDb\(/.test(text);
      return !text.includes(`openAtVersion(${version})`) || opensLatest;
    });
    expect(offenders).toEqual([]);
  });
});
