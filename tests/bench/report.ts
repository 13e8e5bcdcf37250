/** The benchmark's output: a table on stdout and bench/results.json. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { METRICS, METRIC_NAMES, isMeasured, withinBudget, type MetricName, type Outcome } from './metrics';
import { round } from './stats';

export interface Environment {
  date: string;
  machine: string;
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  commit: string;
  /** False when the working tree had uncommitted changes (the figures are for that tree). */
  clean: boolean;
  /** The roster sizes used; anything below the issue's sizes makes the *_100k figures not comparable. */
  roster: { creators: number; accounts: number; interactions: number; collaborations: number; due: number };
  seedMs: number;
  totalMs: number;
}

function git(args: string[], cwd: string): string {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/** The code measured: read before the build, so edits made while the bench runs are not credited to it. */
export function describeSource(root: string): Pick<Environment, 'commit' | 'clean'> {
  return {
    commit: git(['rev-parse', '--short', 'HEAD'], root) || 'unknown',
    clean: git(['status', '--porcelain'], root) === '',
  };
}

export function describeMachine(chromium: string): Omit<Environment, 'roster' | 'seedMs' | 'totalMs' | 'commit' | 'clean'> {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    machine: `${os.hostname()} (${os.platform()} ${os.arch()})`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: round(os.totalmem() / 2 ** 30, 1),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    chromium,
  };
}

function format(value: number | null, unit: string): string {
  if (value === null) return '-';
  if (unit === 'bytes') return Math.round(value).toLocaleString('en-US');
  if (unit === 'ratio') return value.toFixed(2);
  if (Math.abs(value) >= 1000) return Math.round(value).toLocaleString('en-US');
  return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

export function renderTable(outcomes: Partial<Record<MetricName, Outcome>>): string {
  const rows: string[][] = [['metric', 'value', 'unit', 'budget', 'result', 'runs']];
  for (const name of METRIC_NAMES) {
    const { unit, budget } = METRICS[name];
    const o = outcomes[name];
    if (!o) rows.push([name, '-', unit, format(budget, unit), 'skipped', '-']);
    else if (isMeasured(o)) {
      const verdict = withinBudget(name, o.value);
      rows.push([name, format(o.value, unit), unit, format(budget, unit), verdict === null ? 'info' : verdict ? 'PASS' : 'FAIL', String(o.runs)]);
    } else rows.push([name, '-', unit, format(budget, unit), 'n/a', '-']);
  }
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((cell, c) => (c === 0 || c === 2 || c === 4 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join(' | ')} |`;
  const sep = `|${widths.map((w, c) => (c === 0 || c === 2 || c === 4 ? `:${'-'.repeat(w + 1)}` : `${'-'.repeat(w + 1)}:`)).join('|')}|`;
  const notes: string[] = [];
  for (const name of METRIC_NAMES) {
    const o = outcomes[name];
    if (o && !isMeasured(o)) notes.push(`- ${name}: not measurable yet: ${o.notMeasurable}`);
    else if (o?.note) notes.push(`- ${name}: ${o.note}`);
  }
  return [line(rows[0]!), sep, ...rows.slice(1).map(line), '', ...notes].join('\n');
}

export function writeResults(root: string, outcomes: Partial<Record<MetricName, Outcome>>, environment: Environment): string {
  const metrics: Record<string, { value: number; unit: string; budget: number | null; runs: number }> = {};
  const notMeasured: Record<string, string> = {};
  const details: Record<string, { samples: number[]; note?: string }> = {};
  for (const name of METRIC_NAMES) {
    const o = outcomes[name];
    if (!o) continue;
    if (isMeasured(o)) {
      metrics[name] = { value: round(o.value, 3), unit: METRICS[name].unit, budget: METRICS[name].budget, runs: o.runs };
      details[name] = { samples: o.samples.map((s) => round(s, 3)), ...(o.note ? { note: o.note } : {}) };
    } else notMeasured[name] = o.notMeasurable;
  }
  const dir = path.join(root, 'bench');
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'results.json');
  writeFileSync(file, `${JSON.stringify({ metrics, notMeasured, environment, details }, null, 2)}\n`);
  return file;
}
