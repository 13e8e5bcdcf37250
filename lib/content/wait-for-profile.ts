/**
 * After a (client-side) navigation the profile's DOM arrives later than the URL.
 * Parse now; if the page does not show this profile yet, parse again when the
 * DOM changes (throttled, so a busy feed does not make us parse on every
 * mutation), until it does or the time limit passes.
 */
import type { ParseResult, PlatformAdapter, ProfileRef } from '../platforms/types';

const THROTTLE_MS = 200;
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

    const finish = (result: ParseResult) => {
      observer?.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve(result);
    };
    const attempt = (): boolean => {
      timer = undefined;
      if (signal.aborted) return true;
      last = adapter.parse(document, url);
      if (last.ok) finish(last);
      return last.ok;
    };
    const deadline = setTimeout(() => finish(last), limitMs);
    signal.addEventListener('abort', () => finish(last), { once: true });

    if (attempt()) return;
    observer = new MutationObserver(() => {
      timer ??= setTimeout(attempt, THROTTLE_MS);
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  });
}
