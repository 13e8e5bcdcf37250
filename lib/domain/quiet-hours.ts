/**
 * Quiet hours: a daily window (local time, "HH:MM") with no notifications.
 * The badge still updates; the digest waits for the first scan after the window.
 * A window may cross midnight (20:00-08:00). Equal start and end means no window.
 */
import type { Settings } from './settings';

export type QuietHours = Settings['quietHours'];

function minutesOf(clock: string): number {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** True when `at` (local time) falls inside the quiet window. */
export function isQuietAt(quiet: QuietHours, at: number): boolean {
  if (!quiet.enabled) return false;
  const start = minutesOf(quiet.start);
  const end = minutesOf(quiet.end);
  if (start === end) return false;
  const date = new Date(at);
  const now = date.getHours() * 60 + date.getMinutes();
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/** When the quiet window that contains `at` ends, or undefined when `at` is not quiet. */
export function quietEndsAt(quiet: QuietHours, at: number): number | undefined {
  if (!isQuietAt(quiet, at)) return undefined;
  const end = minutesOf(quiet.end);
  const candidate = new Date(at);
  // setHours keeps local wall-clock time, so DST changes land on the right hour.
  candidate.setHours(Math.floor(end / 60), end % 60, 0, 0);
  if (candidate.getTime() <= at) candidate.setDate(candidate.getDate() + 1);
  return candidate.getTime();
}
