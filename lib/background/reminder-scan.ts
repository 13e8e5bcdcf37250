/**
 * The reminder scan: counts what is due through the due-time indexes (work in
 * proportion to what is due, not to the roster), shows the count on the badge,
 * and shows one digest of what became due since the last digest, unless it is
 * quiet hours. It never fails silently: a failure shows "!" on the badge and is
 * recorded (getScanStatus) for the panel to show.
 */
import { getSettings, summariseDue } from '../db';
import { isQuietAt, quietEndsAt } from '../domain';
import { showDueCount, showScanError } from './badge';
import { showDigest } from './digest';
import { getLastDigestAt, recordScanStatus, setLastDigestAt, type ScanStatus } from './scan-status';
import { scheduleDigestAfterQuietHours } from './alarms';

export interface ScanResult {
  dueCount: number;
  digest: NonNullable<ScanStatus['digest']>;
  durationMs: number;
  /** Set when the scan failed (the badge shows "!"). */
  error?: string;
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs one scan. `notify: false` (a refresh after an edit in the panel) only
 * updates the badge; alarm scans also show the digest.
 */
export async function runReminderScan(now: number, options: { notify?: boolean } = {}): Promise<ScanResult> {
  const started = performance.now();
  try {
    const since = await getLastDigestAt();
    const summary = await summariseDue(now, since);
    await showDueCount(summary.total);
    let digest: ScanResult['digest'] = 'nothing-new';
    let digestError: string | undefined;
    if (options.notify !== false && summary.newCount > 0) {
      const settings = await getSettings();
      if (isQuietAt(settings.quietHours, now)) {
        digest = 'quiet-hours';
        const end = quietEndsAt(settings.quietHours, now);
        if (end !== undefined) await scheduleDigestAfterQuietHours(end);
      } else {
        try {
          await showDigest(summary);
          await setLastDigestAt(now);
          digest = 'shown';
        } catch (error) {
          // The badge is right; the notification failed (e.g. notifications blocked). Say so, don't hide it.
          digest = 'failed';
          digestError = `The reminder notification could not be shown: ${describe(error)}`;
        }
      }
    }
    const durationMs = performance.now() - started;
    await recordScanStatus({
      at: now,
      ok: true,
      due: summary.total,
      durationMs,
      digest,
      ...(digestError ? { error: digestError } : {}),
      ...(summary.errors.length ? { skippedRecords: summary.errors.length } : {}),
    });
    return { dueCount: summary.total, digest, durationMs };
  } catch (error) {
    const message = describe(error);
    const durationMs = performance.now() - started;
    console.error('Rapport reminder scan failed', error);
    await showScanError(message).catch(() => undefined);
    await recordScanStatus({ at: now, ok: false, error: message, durationMs }).catch(() => undefined);
    return { dueCount: 0, digest: 'failed', durationMs, error: message };
  }
}
