/** A reminder: something the team should do for a creator by a given time. */
import { z } from 'zod';
import { IdSchema, TextSchema, TimestampSchema } from './common';

export const REMINDER_KINDS = [
  'cadence',
  'follow-up',
  'deliverable',
  'usage-rights',
  'exclusivity',
  'contract',
  'renewal',
  'feedback',
  'celebration',
  'fit-review',
  'custom',
] as const;
export const ReminderKindSchema = z.enum(REMINDER_KINDS);
export type ReminderKind = z.infer<typeof ReminderKindSchema>;

export const ReminderSchema = z.object({
  id: IdSchema,
  creatorId: IdSchema,
  kind: ReminderKindSchema,
  title: TextSchema(300),
  dueAt: TimestampSchema,
  status: z.enum(['open', 'snoozed', 'done', 'dismissed']).default('open'),
  snoozedUntil: TimestampSchema.optional(),
  /** The collaboration, deliverable or interaction this reminder comes from, if any. */
  sourceId: IdSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Reminder = z.infer<typeof ReminderSchema>;
