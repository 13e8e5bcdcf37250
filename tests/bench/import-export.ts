/**
 * Import and backup through the side panel's real UI.
 * - import_100k_ratio: choosing a 100,000-row CSV in [data-testid="import-file"]
 *   (then [data-testid="import-confirm"] as soon as it is offered) until the
 *   records are in IndexedDB, divided by a bare IndexedDB write of exactly the
 *   records that import produced, alternately (import, bare, import, bare, …).
 * - backup_restore_100k_ms: [data-testid="export-json"] until the download is on
 *   disk, plus restoring that file into an emptied database until every record is back.
 *   The note adds where the time goes: bench.backupPhases times each phase with the
 *   product's own functions, next to a bare IndexedDB write of the same records.
 */
import { mkdtempSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import type { RapportBrowser } from '../e2e/harness/launch';
import type { BenchPage } from './session';
import { sleep } from './session';
import { median, pairedRatios } from './stats';
import { NotMeasurableError, type Measured } from './metrics';
import type { BackupPhases, RecordStore, StoreCounts } from './in-page';

async function openPanel(rapport: RapportBrowser): Promise<Page> {
  const page = await rapport.newPage();
  page.setDefaultTimeout(0);
  await page.goto(rapport.extensionUrl('sidepanel.html'), { waitUntil: 'domcontentloaded' });
  await page.waitForSelector('main', { timeout: 15_000 });
  return page;
}

/**
 * Finds a control by test id; if the panel keeps it behind an "Import / export"
 * or "Backup" entry, opens that first.
 */
async function findControl(page: Page, testIds: readonly string[], openers: readonly string[]): Promise<ElementHandle | null> {
  const find = async () => {
    for (const id of testIds) {
      const el = await page.$(`[data-testid="${id}"]`);
      if (el) return el;
    }
    return null;
  };
  let el = await find();
  for (const opener of openers) {
    if (el) break;
    const button = await page.$(`[data-testid="${opener}"]`);
    if (!button) continue;
    await button.click();
    await sleep(300);
    el = await find();
  }
  return el;
}

/** Clicks the confirm button once it is enabled, if the flow has one; returns whether it clicked. */
async function confirmWhenOffered(page: Page, testIds: readonly string[], timeoutMs: number): Promise<boolean> {
  const selector = testIds.map((id) => `[data-testid="${id}"]:not([disabled])`).join(', ');
  const button = await page.waitForSelector(selector, { timeout: timeoutMs }).catch(() => null);
  if (!button) return false;
  await button.click();
  return true;
}

/**
 * Waits for `done`, but gives up as soon as the panel shows an error
 * ([role="alert"]): a failed import should not look like a slow one.
 */
async function unlessPanelFails<T>(page: Page, done: Promise<T>, what: string): Promise<T> {
  let settled = false;
  const watch = (async (): Promise<never> => {
    for (;;) {
      await sleep(500);
      if (settled) return new Promise<never>(() => undefined);
      const alerts = await page
        .$$eval('[role="alert"], [data-testid="restore-problems"], [data-testid="import-errors"]', (els) =>
          els.map((e) => (e.textContent ?? '').trim()).filter(Boolean),
        )
        .catch(() => [] as string[]);
      if (alerts.length) throw new NotMeasurableError(`${what} failed in the panel: ${alerts.join(' / ').slice(0, 500)}`);
    }
  })();
  // Whichever loses the race must not surface later as an unhandled rejection.
  done.catch(() => undefined);
  watch.catch(() => undefined);
  try {
    return await Promise.race([done, watch]);
  } finally {
    settled = true;
  }
}

/** Rejects when the page's renderer crashes (e.g. out of memory on a huge file). */
function crashOf(page: Page): Promise<never> {
  const crashed = new Promise<never>((_, reject) => {
    page.once('error', (error) => reject(new NotMeasurableError(`the side panel crashed: ${error.message}`)));
  });
  crashed.catch(() => undefined);
  return crashed;
}

const IMPORT_OPENERS = ['open-import', 'import-open', 'tools-import', 'open-tools', 'tools-menu', 'data-menu', 'open-settings'];

async function importOnce(rapport: RapportBrowser, bench: BenchPage, csvPath: string, rows: number): Promise<number> {
  const page = await openPanel(rapport);
  try {
    const input = await findControl(page, ['import-file'], IMPORT_OPENERS);
    if (!input) throw new NotMeasurableError('the side panel has no [data-testid="import-file"]');
    const started = Date.now();
    const done = bench.callLong('waitForCounts', { creators: rows, accounts: rows }, 600_000);
    await (input as ElementHandle<HTMLInputElement>).uploadFile(csvPath);
    const flow = (async () => {
      const confirmed = await confirmWhenOffered(page, ['import-confirm'], 120_000);
      if (!confirmed) throw new NotMeasurableError('no enabled [data-testid="import-confirm"] appeared within 2 minutes of choosing the file');
      return done;
    })();
    const { at } = await unlessPanelFails(page, Promise.race([flow, crashOf(page)]), 'the CSV import');
    return at - started;
  } finally {
    await page.close();
  }
}

export async function measureImportRatio(
  rapport: RapportBrowser,
  bench: BenchPage,
  csv: string,
  rows: number,
  pairs: number,
): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-bench-'));
  const csvPath = path.join(dir, `roster-${rows}.csv`);
  writeFileSync(csvPath, csv);
  try {
    const imports: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < pairs; i++) {
      await bench.call('clear');
      imports.push(await importOnce(rapport, bench, csvPath, rows));
      if (i === 0) {
        // The bare write puts back exactly what the import stored.
        const counts = await bench.call('counts');
        const stores = (Object.keys(counts) as RecordStore[]).filter((s) => counts[s] > 0);
        await bench.callLong('snapshot', stores);
      }
      await bench.call('clear');
      bare.push(await bench.callLong('writeSnapshot'));
    }
    await bench.call('clear');
    const ratios = pairedRatios(bare, imports);
    return {
      value: median(ratios),
      runs: pairs,
      samples: ratios,
      note:
        `import median ${(median(imports) / 1000).toFixed(2)} s, bare write ${(median(bare) / 1000).toFixed(2)} s (${rows} rows; ` +
        `runs: ${imports.map((x, i) => `${(x / 1000).toFixed(1)}/${((bare[i] ?? 0) / 1000).toFixed(1)}`).join(', ')} s)`,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- backup and restore

const BACKUP_OPENERS = ['open-backup', 'backup-open', 'open-tools', 'tools-menu', 'data-menu', 'open-settings', 'open-import'];

async function exportOnce(rapport: RapportBrowser, downloadDir: string): Promise<{ ms: number; file: string }> {
  const page = await openPanel(rapport);
  const cdp = await rapport.browser.target().createCDPSession();
  try {
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allowAndName', downloadPath: downloadDir, eventsEnabled: true });
    const button = await findControl(page, ['export-json'], BACKUP_OPENERS);
    if (!button) throw new NotMeasurableError('the side panel has no [data-testid="export-json"]');
    let timer: NodeJS.Timeout | undefined;
    const finished = new Promise<string>((resolve, reject) => {
      cdp.on('Browser.downloadProgress', (event) => {
        if (event.state === 'completed') resolve(path.join(downloadDir, event.guid));
        if (event.state === 'canceled') reject(new Error('The backup download was cancelled'));
      });
      timer = setTimeout(() => reject(new NotMeasurableError('no backup download completed within 10 minutes of clicking export-json')), 600_000);
    });
    const started = Date.now();
    await button.click();
    try {
      const file = await unlessPanelFails(page, Promise.race([finished, crashOf(page)]), 'the JSON export');
      return { ms: Date.now() - started, file };
    } finally {
      clearTimeout(timer);
    }
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

/** Restores `file` through the panel; `readMs` is from choosing the file until the confirm button is clicked. */
async function restoreOnce(rapport: RapportBrowser, bench: BenchPage, file: string, expected: StoreCounts): Promise<{ ms: number; readMs: number }> {
  await bench.call('clear');
  const page = await openPanel(rapport);
  try {
    const input = await findControl(page, ['restore-file', 'backup-file', 'import-file'], BACKUP_OPENERS);
    if (!input) throw new NotMeasurableError('the side panel has no [data-testid="restore-file"] (nor an import-file that takes backups)');
    const started = Date.now();
    let readMs = 0;
    const done = bench.callLong('waitForCounts', expected, 900_000);
    await (input as ElementHandle<HTMLInputElement>).uploadFile(file);
    // Reading the file may be what fails: watch for errors and crashes from now on, not only after the confirm.
    const flow = (async () => {
      await confirmWhenOffered(page, ['restore-confirm', 'import-confirm'], 300_000);
      readMs = Date.now() - started;
      return done;
    })();
    const { at } = await unlessPanelFails(page, Promise.race([flow, crashOf(page)]), 'the restore');
    return { ms: at - started, readMs };
  } finally {
    await page.close();
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** The in-page breakdown of one more round trip (bench.backupPhases), for the note. */
function describePhases(p: BackupPhases): string {
  return (
    `phases in the page (same functions, one more round trip of ${p.records.toLocaleString('en-US')} records, ${(p.fileBytes / 1e6).toFixed(0)} MB): ` +
    `export read+validate ${seconds(p.exportReadMs)}, serialise ${seconds(p.exportSerialiseMs)}, Blob ${seconds(p.exportBlobMs)}; ` +
    `restore read+decode+split ${seconds(p.restoreReadMs)}, with JSON.parse ${seconds(p.restoreReadParseMs)}, ` +
    `with validation and integrity (readBackupFile) ${seconds(p.restoreReadBackupMs)} (integrity alone ${seconds(p.restoreIntegrityMs)}), ` +
    `write (replaceAllData) ${seconds(p.restoreWriteMs)}; a bare IndexedDB write of the same records in one transaction ${seconds(p.bareWriteMs)}`
  );
}

export async function measureBackupRestore(rapport: RapportBrowser, bench: BenchPage, runs: number): Promise<Measured> {
  const expected = await bench.call('counts');
  const dir = mkdtempSync(path.join(tmpdir(), 'rapport-bench-dl-'));
  try {
    const totals: number[] = [];
    const parts: string[] = [];
    for (let i = 0; i < runs; i++) {
      const exported = await exportOnce(rapport, dir);
      // Downloads are saved under their guid; give the file the extension a user's backup has.
      const json = `${exported.file}.json`;
      renameSync(exported.file, json);
      const size = statSync(json).size;
      const exportNote = `the export took ${seconds(exported.ms)} and wrote ${(size / 1e6).toFixed(0)} MB`;
      const restore = await restoreOnce(rapport, bench, json, expected).catch((error: unknown) => {
        // Keep what was measured: the export figure is part of the answer even when the restore fails.
        if (error instanceof NotMeasurableError) throw new NotMeasurableError(`${exportNote}; then ${error.message}`);
        throw error;
      });
      totals.push(exported.ms + restore.ms);
      parts.push(
        `export ${seconds(exported.ms)} (${(size / 1e6).toFixed(0)} MB) + restore ${seconds(restore.ms)} ` +
          `(reading and checking the file until the confirm ${seconds(restore.readMs)}, then writing ${seconds(restore.ms - restore.readMs)})`,
      );
      for (const f of readdirSync(dir)) rmSync(path.join(dir, f), { force: true });
    }
    // Where the time goes, on request (RAPPORT_BENCH_PHASES=1): a second export and restore plus a bare write, ~7 min.
    if (process.env.RAPPORT_BENCH_PHASES === '1') parts.push(describePhases(await bench.callLong('backupPhases')));
    return { value: median(totals), runs, samples: totals, note: parts.join('; ') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The restore's write against its floor (issue 15): replaceAllData into empty
 * stores, and over the same records already stored, each divided by a bare write
 * of the same records run next to it (bench.restoreWrites).
 */
export async function measureRestoreWrites(bench: BenchPage, rounds: number): Promise<{ floor: Measured; restore: Measured; overExisting: Measured }> {
  const w = await bench.callLong('restoreWrites', rounds);
  const restoreRatios = pairedRatios(w.floor, w.restore);
  const overRatios = pairedRatios(w.floor, w.overExisting);
  const list = (xs: number[]) => xs.map(seconds).join(', ');
  const records = `${w.records.toLocaleString('en-US')} records`;
  return {
    floor: { value: median(w.floor), runs: rounds, samples: w.floor, note: `one transaction of raw puts of the restore's ${records}, no validation: ${list(w.floor)}` },
    restore: { value: median(restoreRatios), runs: rounds, samples: restoreRatios, note: `replaceAllData into empty stores ${list(w.restore)} vs floor ${list(w.floor)}` },
    overExisting: {
      value: median(overRatios),
      runs: rounds,
      samples: overRatios,
      note: `replaceAllData over the same ${records} already stored ${list(w.overExisting)} vs floor ${list(w.floor)}; then the replaced database's deletion in the background, after the restore is done: ${list(w.oldDatabaseDeleted)}, during which counting the restored creators took ${w.readWhileDeleting.map((ms) => `${ms.toFixed(1)} ms`).join(', ')}`,
    },
  };
}
