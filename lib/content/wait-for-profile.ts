/**
 * After a (client-side) navigation the profile's DOM arrives later than the URL.
 * Parse now; if the page does not show this profile yet, parse again when the
 * DOM changes, until it does or the time limit passes. The first change is
 * parsed almost at once (the overlay should follow the page quickly); later ones
 * are throttled, so a busy feed does not make us parse on every mutation.
 */
import type { ParseResult, PlatformAdapter, ProfileRef } from '../platforms/types';

/** Lets a burst of mutations (one framework render) settle before parsing. */
const SETTLE_MS = 30;
/** At most one parse per this interval while waiting. */
const THROTTLE_MS = 120;
export const PROFILE_WAIT_LIMIT_MS = 8_000;

export function waitForProfile(
  adapter: PlatformAdapter,
  ref: ProfileRef,
  url: URL,
  signal: AbortSignal,
  limitMs = PROFILE_WAIT_LIMIT_MS,
): Promise<ParseResult> {
  return new Promise((resolve) => {
    let last: ParseResult = { ok: false, ref, reason: 'the page did not show this profile in time' };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let observer: MutationObserver | undefined;
    let lastAttemptAt = 0;
    let done = false;

    const finish = (result: ParseResult) => {
      if (done) return;
      done = true;
      observer?.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve(result);
    };
    const attempt = (): boolean => {
      timer = undefined;
      if (signal.aborted || done) return true;
      lastAttemptAt = performance.now();
      try {
        last = adapter.parse(document, url);
      } catch (error) {
        // An adapter bug must not break the page; report it as unreadable instead.
        last = { ok: false, ref, reason: `the page could not be read (${error instanceof Error ? error.message : String(error)})` };
        finish(last);
        return true;
      }
      if (last.ok) finish(last);
      return last.ok;
    };
    const deadline = setTimeout(() => {
      // One last look before giving up: the DOM may have settled since the last throttled parse.
      if (!attempt()) finish(last);
    }, limitMs);
    signal.addEventListener('abort', () => finish(last), { once: true });

    if (attempt()) return;
    observer = new MutationObserver(() => {
      if (timer !== undefined) return;
      const wait = Math.max(SETTLE_MS, lastAttemptAt + THROTTLE_MS - performance.now());
      timer = setTimeout(attempt, wait);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
