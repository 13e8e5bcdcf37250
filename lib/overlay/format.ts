/** Display formatting for the overlay: compact, locale-independent, and never "NaN". */
import { differenceInCalendarDays, format } from 'date-fns';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en');

/** 2362 → "2,362"; 1101177 → "1.1M" (exact figures below 10,000 stay exact). */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return '?';
  return Math.abs(value) < 10_000 ? exact.format(value) : compact.format(value);
}

/** +12 / −1.2K / "no change". */
export function formatDelta(delta: number): string {
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${formatCount(Math.abs(delta))}`;
}

/** "today", "yesterday", "3 days ago", or a date for anything older than a week. */
export function formatDay(at: number, now: number): string {
  const days = differenceInCalendarDays(now, at);
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  if (days > 1 && days < 7) return `${days} days ago`;
  if (days === -1) return 'tomorrow';
  if (days < -1 && days > -7) return `in ${-days} days`;
  return format(at, 'd MMM yyyy');
}
