/** Display formatting for the card and the side panel alike: compact numbers, relative days, dates; never "NaN". */
import { differenceInCalendarDays, format } from 'date-fns';

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const exact = new Intl.NumberFormat('en');

/** 2362 → "2,362"; 1101177 → "1.1M" (exact figures below 10,000 stay exact); unknown → "—". */
export function formatCount(value: number | undefined): string {
  if (value === undefined) return '—';
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

/** A date in the reader's locale, e.g. "4 Dec 2026"; unknown → "—". */
export function formatDate(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return new Date(ms).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

export function formatDateTime(ms: number): string {
  return new Date(ms).toLocaleString(undefined, { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** A growth fraction as a signed percentage, e.g. 0.125 → "+12.5%". */
export function formatGrowth(g: number | undefined): string {
  if (g === undefined) return '—';
  const pct = Math.round(g * 1000) / 10;
  return `${pct > 0 ? '+' : ''}${pct}%`;
}

/** An amount with its currency, e.g. "1,200 EUR" (cents kept when there are any). */
export function formatMoney(amount: number, currency: string): string {
  return `${amount.toLocaleString(undefined, { maximumFractionDigits: 2 })} ${currency}`;
}
