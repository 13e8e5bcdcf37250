import { z } from 'zod';

/** Milliseconds since the epoch. Stored as numbers so IndexedDB can index and range them. */
export const TimestampSchema = z.number().int().nonnegative();

export const IdSchema = z.string().min(1).max(100);

/** Free text typed by a user or scraped from a page: bounded so one bad record cannot bloat the store. */
export const TextSchema = (max: number) => z.string().max(max);

export function newId(): string {
  return crypto.randomUUID();
}
