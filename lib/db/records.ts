/**
 * Every record is validated with zod when written and when read. A record that
 * fails on read yields a CorruptRecordError for that record alone, so one bad
 * row never breaks the roster.
 */
import type { z } from 'zod';

export class CorruptRecordError extends Error {
  constructor(
    readonly store: string,
    readonly key: unknown,
    readonly issues: string,
  ) {
    super(`Stored ${store} record ${JSON.stringify(key)} is invalid: ${issues}`);
    this.name = 'CorruptRecordError';
  }
}

export class InvalidRecordError extends Error {
  constructor(
    readonly store: string,
    readonly issues: string,
  ) {
    super(`Refused to write an invalid ${store} record: ${issues}`);
    this.name = 'InvalidRecordError';
  }
}

export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Validates a record before it is written. */
export function forWrite<S extends z.ZodType>(schema: S, store: string, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new InvalidRecordError(store, describeIssues(result.error));
  return result.data;
}

/** Validates a record read from the store. */
export function fromStore<S extends z.ZodType>(schema: S, store: string, key: unknown, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new CorruptRecordError(store, key, describeIssues(result.error));
  return result.data;
}

export interface ReadResult<T> {
  records: T[];
  errors: CorruptRecordError[];
}

/** Validates many records, keeping the good ones and reporting the bad ones. */
export function manyFromStore<S extends z.ZodType>(
  schema: S,
  store: string,
  values: readonly unknown[],
  keyOf: (value: unknown) => unknown,
): ReadResult<z.output<S>> {
  const records: z.output<S>[] = [];
  const errors: CorruptRecordError[] = [];
  for (const value of values) {
    const result = schema.safeParse(value);
    if (result.success) records.push(result.data);
    else errors.push(new CorruptRecordError(store, keyOf(value), describeIssues(result.error)));
  }
  return { records, errors };
}

/** The `id` of a raw record, for error messages. */
export function idOf(value: unknown): unknown {
  return typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : undefined;
}
