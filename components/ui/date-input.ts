/**
 * The one way the views turn stored times into form inputs and back. Date
 * inputs speak YYYY-MM-DD (records store the UTC midnight of that day);
 * date-time inputs speak local YYYY-MM-DDTHH:MM.
 */
import { MINUTE_MS } from '../../lib/domain/time';

export const toDateInput = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
export const fromDateInput = (s: string) => (s ? new Date(s).getTime() : undefined);

/** Local date and time for a datetime-local input. */
export function toDateTimeInput(ms: number): string {
  return new Date(ms - new Date(ms).getTimezoneOffset() * MINUTE_MS).toISOString().slice(0, 16);
}

/** A datetime-local value as a time, or NaN when it is not a date. */
export const fromDateTimeInput = (s: string) => new Date(s).getTime();
