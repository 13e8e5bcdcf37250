/**
 * The benchmark, in order: build (production + bench build, proven identical),
 * sizes, page-load A/B, CSV import on an empty roster, then seed the large
 * roster once and measure lookups, the scan, the overlay, the side panel, and
 * last the backup round trip (it replaces the database).
 *
 * Knobs (environment): RAPPORT_BENCH_ONLY=name,name (a subset of metrics),
 * RAPPORT_BENCH_SCALE=0.1 (smaller roster, for working on the bench itself: the
 * *_100k figures are then not comparable and the output says so),
 * RAPPORT_BENCH_PROFILE=/some/folder (keep the browser profile there and reuse its
 * seeded roster next time when the counts match: for working on one measurement
 * without seeding for minutes each run; published figures come from a fresh run).
 */
import type { RapportBrowser } from '../e2e/harness/launch';
import { launchRapport } from '../e2e/harness/launch';
import { BENCH_OUT_DIR, ROOT, buildBoth } from './build';
import { contentScriptSizes } from './content-size';
import { fullSpec, identityAt, Rng, rosterCsv, seedOf, type RosterSpec } from './generator';
import { measureBackupRestore, measureImportRatio, measureRestoreWrites } from './import-export';
import { METRIC_NAMES, NotMeasurableError, type MetricName, type Outcome } from './metrics';
import { measureOverlay } from './overlay';
import { measureTeam } from './team';
import { measurePageLoads } from './page-load';
import { FLOOR_WORLD_NAME, writeFloorExtension } from './frame-floor';
import { describeMachine, describeSource, renderTable, writeResults, type Environment } from './report';
import { measureAllFilterable, measureFirstRows, measureSearch } from './roster';
import { NONPROFILE_FIXTURE, NONPROFILE_URL, PROFILE_FIXTURE, PROFILE_URL, openBenchPage, saveFixtureCreator, type BenchPage } from './session';
import { median, percentile } from './stats';
import type { PlatformId } from '../../lib/platforms/types';

const RUNS = {
  pageLoads: 14,
  tracedLoads: 9,
  overlay: 7,
  firstRows: 5,
  allFilterable: 5,
  restoreRounds: 1,
  importPairs: 3,
  scans: 9,
  backups: 1,
  lookups: 2000,
};

function log(message: string): void {
  process.stdout.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function selectedMetrics(): Set<MetricName> {
  const only = process.env.RAPPORT_BENCH_ONLY?.split(',').map((s) => s.trim()).filter(Boolean);
  if (!only?.length) return new Set(METRIC_NAMES);
  const unknown = only.filter((n) => !(METRIC_NAMES as string[]).includes(n));
  if (unknown.length) throw new Error(`RAPPORT_BENCH_ONLY names unknown metrics: ${unknown.join(', ')}`);
  return new Set(only as MetricName[]);
}

function scaledSpec(now: number): RosterSpec {
  const scale = Number(process.env.RAPPORT_BENCH_SCALE ?? '1');
  if (!(scale > 0 && scale <= 1)) throw new Error(`RAPPORT_BENCH_SCALE must be in (0, 1], got ${process.env.RAPPORT_BENCH_SCALE}`);
  const full = fullSpec(now);
  if (scale === 1) return full;
  const n = (x: number) => Math.max(1, Math.round(x * scale));
  return { ...full, creators: n(full.creators), interactions: n(full.interactions), collaborations: n(full.collaborations), due: n(full.due) };
}

/** Lookup keys: accounts of creators spread over the roster, plus 10% handles that are not on it. */
function lookupKeys(spec: RosterSpec, count: number): [PlatformId, string][] {
  const rng = new Rng(seedOf(spec.seed, 'lookups'));
  const keys: [PlatformId, string][] = [];
  for (let k = 0; k < count; k++) {
    const creator = identityAt(spec, rng.int(0, spec.creators - 1));
    const account = rng.pick(creator.accounts);
    keys.push(k % 10 === 9 ? [account.platform, `${account.handle}-not-saved`] : [account.platform, account.handle]);
  }
  return keys;
}

export async function main(): Promise<number> {
  const started = Date.now();
  const wanted = selectedMetrics();
  const outcomes: Partial<Record<MetricName, Outcome>> = {};
  let failures = 0;

  /** Runs one measurement; a missing feature becomes "not measurable yet", anything else is a bench failure. */
  async function measure<T>(names: MetricName[], run: () => Promise<T>, store: (result: T) => void): Promise<void> {
    const todo = names.filter((n) => wanted.has(n));
    if (todo.length === 0) return;
    log(`measuring ${todo.join(', ')}`);
    try {
      store(await run());
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!(error instanceof NotMeasurableError)) {
        failures++;
        log(`FAILED ${todo.join(', ')}: ${error instanceof Error ? (error.stack ?? message) : message}`);
      }
      for (const n of todo) outcomes[n] = { notMeasurable: error instanceof NotMeasurableError ? message : `bench error: ${message}` };
    }
  }
  const needs = (...names: MetricName[]) => names.some((n) => wanted.has(n));

  const source = describeSource(ROOT);
  log('building the production extension and the bench build');
  const build = buildBoth();
  log(`built in ${(build.ms / 1000).toFixed(1)} s; bench-only files: ${build.benchOnly.join(', ') || 'none'}`);
  if (build.differences.length) {
    log(`WARNING: the bench build differs from the production build in ${build.differences.join(', ')}; figures are for the bench build`);
  }

  await measure(['content_script_gzip_bytes'], async () => contentScriptSizes(build.prodDir), (sites) => {
    const largest = [...sites].sort((a, b) => b.gzipBytes - a.gzipBytes)[0];
    if (!largest || largest.files.length === 0) throw new NotMeasurableError('the manifest injects no content script into any supported site');
    outcomes.content_script_gzip_bytes = {
      value: largest.gzipBytes,
      runs: 1,
      samples: sites.map((s) => s.gzipBytes),
      note: `largest: ${largest.host} (${largest.files.join(', ')}, ${largest.rawBytes.toLocaleString('en-US')} B raw${largest.cssGzipBytes ? `, plus ${largest.cssGzipBytes} B gz CSS` : ''})`,
    };
  });

  const spec = scaledSpec(Date.now());
  const keptProfile = process.env.RAPPORT_BENCH_PROFILE;
  const withExt: RapportBrowser = await launchRapport(keptProfile ? { keepProfileIn: keptProfile, recordRequests: false } : { recordRequests: false });
  const chromium = await withExt.browser.version();
  let bench: BenchPage = await openBenchPage(withExt);
  let seedMs = 0;
  let seededAccounts = 0;
  try {
    await saveFixtureCreator(bench.page);

    const pageLoadMetrics: MetricName[] = [
      'nonprofile_added_script_ms', 'nonprofile_own_script_ms',
      'profile_added_script_ms', 'profile_own_script_ms', 'profile_frame_floor_ms', 'profile_added_vs_floor_ratio',
    ];
    if (needs(...pageLoadMetrics)) {
      // Nothing else runs in the extension while pages load.
      await bench.close();
      const without = await launchRapport({ withExtension: false, recordRequests: false });
      try {
        const load = { runs: RUNS.pageLoads, tracedRuns: RUNS.tracedLoads };
        await measure(['nonprofile_added_script_ms', 'nonprofile_own_script_ms'], () =>
          measurePageLoads({ without, withExt }, { ...load, url: NONPROFILE_URL, fixture: NONPROFILE_FIXTURE, expectOverlay: false, windowMs: 2000 }),
        (m) => {
          outcomes.nonprofile_added_script_ms = m.added;
          outcomes.nonprofile_own_script_ms = m.own;
        });
        await measure(['profile_added_script_ms', 'profile_own_script_ms', 'profile_frame_floor_ms', 'profile_added_vs_floor_ratio'], async () => {
          const floor = await launchRapport({ extensionDir: writeFloorExtension(['*://*.instagram.com/*', '*://instagram.com/*']), recordRequests: false });
          try {
            return await measurePageLoads({ without, withExt, floor: { browser: floor, worldName: FLOOR_WORLD_NAME } },
              { ...load, url: PROFILE_URL, fixture: PROFILE_FIXTURE, expectOverlay: true, windowMs: 2500 });
          } finally {
            await floor.close();
          }
        }, (m) => {
          outcomes.profile_added_script_ms = m.added;
          outcomes.profile_own_script_ms = m.own;
          if (m.floor) outcomes.profile_frame_floor_ms = m.floor;
          if (m.floorRatio) outcomes.profile_added_vs_floor_ratio = m.floorRatio;
        });
      } finally {
        await without.close();
      }
      bench = await openBenchPage(withExt);
    }

    await measure(['import_100k_ratio'], () => measureImportRatio(withExt, bench, rosterCsv(spec, spec.creators), spec.creators, RUNS.importPairs),
      (m) => (outcomes.import_100k_ratio = m));

    const large: MetricName[] = [
      'lookup_100k_ms', 'roster_first_rows_100k_ms', 'roster_all_filterable_100k_ms', 'roster_search_100k_ms', 'backup_restore_100k_ms',
      'restore_write_floor_ms', 'backup_restore_100k_ratio', 'backup_restore_over_existing_100k_ratio',
      'reminder_scan_100k_ms', 'overlay_ready_ms', 'overlay_frame_heap_mb',
    ];
    const have = needs(...large) && keptProfile ? await bench.call('counts') : null;
    const reuse = have !== null && have.creators >= spec.creators && have.creators <= spec.creators + 1 &&
      have.interactions === spec.interactions && have.collaborations === spec.collaborations;
    if (reuse) {
      seededAccounts = have.accounts;
      log(`reusing the roster already in ${keptProfile}: ${JSON.stringify(have)}`);
    } else if (needs(...large)) {
      log(`seeding ${spec.creators} creators, ${spec.interactions} interactions, ${spec.collaborations} collaborations (${spec.due} due)`);
      await bench.call('clear');
      const seeded = await bench.callLong('seed', spec);
      seedMs = seeded.totalMs;
      seededAccounts = seeded.counts.accounts;
      log(`seeded in ${(seeded.totalMs / 1000).toFixed(1)} s (of which generating ${(seeded.generateMs / 1000).toFixed(1)} s): ${JSON.stringify(seeded.counts)}`);
      // The profile the overlay cases open, on the large roster.
      await saveFixtureCreator(bench.page);
    }

    await measure(['lookup_100k_ms'], async () => {
      const keys = lookupKeys(spec, RUNS.lookups);
      await bench.call('lookups', keys.slice(0, 100)); // warm-up: first connection, first index pages
      return bench.call('lookups', keys);
    }, ({ times, found }) => {
      const expectedHits = RUNS.lookups - Math.floor(RUNS.lookups / 10);
      if (found !== expectedHits) throw new Error(`Lookups found ${found} creators, expected ${expectedHits}: the seed or the lookup is wrong`);
      outcomes.lookup_100k_ms = { value: percentile(times, 95), runs: times.length, samples: [], note: `median ${median(times).toFixed(2)} ms, max ${Math.max(...times).toFixed(1)} ms over ${times.length} lookups (10% misses)` };
    });

    await measure(['reminder_scan_100k_ms'], async () => {
      await bench.call('reminderScan'); // warm-up: wakes the worker
      const runs: { ms: number; due: number }[] = [];
      for (let i = 0; i < RUNS.scans; i++) runs.push(await bench.call('reminderScan'));
      return runs;
    }, (runs) => {
      const times = runs.map((r) => r.ms);
      const due = runs[0]?.due;
      outcomes.reminder_scan_100k_ms = {
        value: median(times),
        runs: times.length,
        samples: times,
        note: `reminders:refresh round trip from an extension page; the scan reported ${due} due (seeded: ${spec.due} by cadence)`,
      };
    });

    if (needs('overlay_ready_ms', 'overlay_frame_heap_mb')) {
      await bench.close(); // the heap is the extension process's: only the overlay frame may be open
      await measure(['overlay_ready_ms', 'overlay_frame_heap_mb'], () => measureOverlay(withExt, RUNS.overlay), ({ ready, heap }) => {
        outcomes.overlay_ready_ms = ready;
        outcomes.overlay_frame_heap_mb = heap;
      });
      bench = await openBenchPage(withExt);
    }

    await measure(['roster_first_rows_100k_ms'], () => measureFirstRows(withExt, RUNS.firstRows), (m) => (outcomes.roster_first_rows_100k_ms = m));
    await measure(['roster_all_filterable_100k_ms'], () => measureAllFilterable(withExt, RUNS.allFilterable),
      (m) => (outcomes.roster_all_filterable_100k_ms = m));
    await measure(['roster_search_100k_ms'], () => measureSearch(withExt), (m) => (outcomes.roster_search_100k_ms = m));
    await measure(['backup_restore_100k_ms'], () => measureBackupRestore(withExt, bench, RUNS.backups), (m) => (outcomes.backup_restore_100k_ms = m));
    await measure(['restore_write_floor_ms', 'backup_restore_100k_ratio', 'backup_restore_over_existing_100k_ratio'],
      () => measureRestoreWrites(bench, RUNS.restoreRounds), (m) => {
        outcomes.restore_write_floor_ms = m.floor;
        outcomes.backup_restore_100k_ratio = m.restore;
        outcomes.backup_restore_over_existing_100k_ratio = m.overExisting;
      });
  } finally {
    await bench.close().catch(() => undefined);
    await withExt.close();
  }

  // Team sync, in browsers of its own (fresh profiles) against a team server of its own.
  await measure(['team_initial_sync_100k_ms', 'team_sync_propagation_ms'], () =>
    measureTeam({ creators: spec.creators, recentTouches: Math.round(spec.interactions / 5), propagationRuns: 20 }, log),
  ({ initial, propagation }) => {
    outcomes.team_initial_sync_100k_ms = initial;
    outcomes.team_sync_propagation_ms = propagation;
  });

  const counts = { creators: spec.creators, interactions: spec.interactions, collaborations: spec.collaborations, due: spec.due };
  const environment: Environment = {
    ...describeMachine(chromium),
    ...source,
    roster: { ...counts, accounts: seededAccounts },
    seedMs: Math.round(seedMs),
    totalMs: Date.now() - started,
  };
  const file = writeResults(ROOT, outcomes, environment);
  process.stdout.write(`\n${renderTable(outcomes)}\n\n`);
  if (spec.creators !== fullSpec(0).creators) process.stdout.write(`NOTE: scaled run (${spec.creators} creators): *_100k figures are not comparable.\n`);
  process.stdout.write(
    `Machine: ${environment.cpu}, ${environment.cores} cores, ${environment.memoryGb} GB; ${environment.chromium}; Node ${environment.node}. ` +
      `Build ${BENCH_OUT_DIR}, commit ${environment.commit}${environment.clean ? '' : ' + uncommitted changes'}. ` +
      `Total ${(environment.totalMs / 1000).toFixed(0)} s.\nWrote ${file}\n`,
  );
  return failures === 0 ? 0 : 1;
}
