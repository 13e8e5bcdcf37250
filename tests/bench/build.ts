/**
 * Builds the production extension twice: the plain production build (what
 * ships), and the bench build (the same plus bench.js, see entrypoints/bench).
 * The benchmark drives the bench build, so it first proves that every file of
 * the production build is byte-identical in it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const PROD_OUT_DIR = '.output-bench-prod';
export const BENCH_OUT_DIR = '.output-bench';

export function chromeDir(outDir: string): string {
  return path.join(ROOT, outDir, 'chrome-mv3');
}

function build(outDir: string, bench: boolean): void {
  const wxt = path.join(ROOT, 'node_modules', '.bin', 'wxt');
  const result = spawnSync(wxt, ['build'], {
    cwd: ROOT,
    env: { ...process.env, RAPPORT_OUT_DIR: outDir, RAPPORT_BENCH: bench ? '1' : '0' },
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`wxt build (${outDir}) failed with ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
}

function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix)).flatMap((name) => {
    const rel = path.join(prefix, name);
    return statSync(path.join(dir, rel)).isDirectory() ? listFiles(dir, rel) : [rel];
  });
}

export interface BuildReport {
  prodDir: string;
  benchDir: string;
  /** Files of the production build that are missing or different in the bench build (should be none). */
  differences: string[];
  /** Files only the bench build has (bench.js). */
  benchOnly: string[];
  ms: number;
}

export function buildBoth(): BuildReport {
  const started = Date.now();
  build(PROD_OUT_DIR, false);
  build(BENCH_OUT_DIR, true);
  const prodDir = chromeDir(PROD_OUT_DIR);
  const benchDir = chromeDir(BENCH_OUT_DIR);
  const prodFiles = listFiles(prodDir);
  const benchFiles = listFiles(benchDir);
  const differences = prodFiles.filter((f) => {
    const other = path.join(benchDir, f);
    try {
      return !readFileSync(path.join(prodDir, f)).equals(readFileSync(other));
    } catch {
      return true;
    }
  });
  if (prodFiles.some((f) => f.startsWith('bench'))) throw new Error('The production build contains bench files');
  const benchOnly = benchFiles.filter((f) => !prodFiles.includes(f));
  return { prodDir, benchDir, differences, benchOnly, ms: Date.now() - started };
}
