/**
 * What the worker remembers between events, in storage.local (never in memory):
 * the outcome of the last scan, so the panel can show a failure, and when the
 * last digest was shown, so the next one is only about what became due since.
 */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';

const SCAN_STATUS_KEY = 'rapport:scan-status';
const LAST_DIGEST_KEY = 'rapport:last-digest';

export const ScanStatusSchema = z.object({
  /** When the scan ran. */
  at: z.number(),
  ok: z.boolean(),
  /** Due items found (absent when the scan failed). */
  due: z.optional(z.number()),
  /** Why the scan failed, in words for the panel. */
  error: z.optional(z.string()),
  /** Unreadable records the scan skipped (it still counted the rest). */
  skippedRecords: z.optional(z.number()),
  durationMs: z.number(),
  /** Whether a digest notification was shown, and why not if not. */
  digest: z.optional(z.enum(['shown', 'nothing-new', 'quiet-hours', 'failed'])),
});
export type ScanStatus = z.infer<typeof ScanStatusSchema>;

export async function recordScanStatus(status: ScanStatus): Promise<void> {
  await browser.storage.local.set({ [SCAN_STATUS_KEY]: status });
}

/** The last scan's outcome, or null before the first scan (or if the stored value is unreadable). */
export async function getScanStatus(): Promise<ScanStatus | null> {
  const stored: Record<string, unknown> = await browser.storage.local.get(SCAN_STATUS_KEY);
  const parsed = ScanStatusSchema.safeParse(stored[SCAN_STATUS_KEY]);
  return parsed.success ? parsed.data : null;
}

/** When the last digest was shown (0 before the first one). */
export async function getLastDigestAt(): Promise<number> {
  const stored: Record<string, unknown> = await browser.storage.local.get(LAST_DIGEST_KEY);
  const parsed = z.number().safeParse(stored[LAST_DIGEST_KEY]);
  return parsed.success ? parsed.data : 0;
}

export async function setLastDigestAt(at: number): Promise<void> {
  await browser.storage.local.set({ [LAST_DIGEST_KEY]: at });
}
