/** User settings: cadence, follow-ups, quiet hours, wellbeing thresholds, owners, saved views. */
import { z } from 'zod';
import { SEGMENTS, type Segment } from './enums';
import { SEGMENT_PROFILES } from './segments';
import { TextSchema } from './common';

const CadenceSchema = z
  .object({ idealDays: z.number().int().min(1).max(3650), maxDays: z.number().int().min(1).max(3650) })
  .refine((c) => c.maxDays >= c.idealDays, { message: 'maxDays must be at least idealDays' });

const defaultCadence = Object.fromEntries(SEGMENTS.map((s) => [s, { ...SEGMENT_PROFILES[s].cadence }])) as Record<
  Segment,
  { idealDays: number; maxDays: number }
>;

/** "HH:MM" in local time. */
const ClockSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');

export const SavedViewSchema = z.object({
  id: z.string().min(1),
  name: TextSchema(100),
  /** Opaque table state (filters, sorting, columns) owned by the roster UI. */
  state: z.record(z.string(), z.unknown()),
});
export type SavedView = z.infer<typeof SavedViewSchema>;

export const SettingsSchema = z.object({
  cadence: z.record(z.enum(SEGMENTS), CadenceSchema).default(defaultCadence),
  owners: z.array(TextSchema(120)).max(200).default([]),
  /** Days after an unanswered outbound touch before a follow-up is due. */
  followUpDelayDays: z.number().int().min(1).max(90).default(5),
  /**
   * Stop proposing follow-ups once this many asks in a row went unanswered
   * (outreach plus one follow-up by default): more would wear the creator out.
   */
  followUpMaxUnanswered: z.number().int().min(1).max(10).default(2),
  /** Days before a deliverable's due date to remind. */
  deliverableLeadDays: z.number().int().min(0).max(60).default(2),
  quietHours: z.object({ enabled: z.boolean(), start: ClockSchema, end: ClockSchema }).default({ enabled: false, start: '20:00', end: '08:00' }),
  wellbeing: z
    .object({
      /** Warn when this many outbound asks went unanswered within `windowDays`. */
      maxUnansweredAsks: z.number().int().min(1).max(20).default(2),
      windowDays: z.number().int().min(1).max(60).default(7),
      /** Flag a creator with more deliverables than this due in the next 7 days. */
      maxDeliverablesPerWeek: z.number().int().min(1).max(50).default(3),
    })
    .default({ maxUnansweredAsks: 2, windowDays: 7, maxDeliverablesPerWeek: 3 }),
  /** Days before a usage-rights, exclusivity or contract end date to remind. */
  endDateLeadDays: z.number().int().min(0).max(180).default(14),
  savedViews: z.array(SavedViewSchema).default([]),
  /** Days after a collaboration is done by which performance feedback is shared and the win celebrated. */
  feedbackWithinDays: z.number().int().min(1).max(60).default(7),
  /** Months between fit reviews of a creator (the method: reassess fit as the product changes). */
  fitReviewMonths: z.number().int().min(1).max(36).default(6),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});

export const TemplateSchema = z.object({
  id: z.string().min(1),
  name: TextSchema(120),
  kind: z.enum(['outreach', 'check-in', 'brief', 'other']),
  /** Merge fields: {{firstName}}, {{handle}}, {{lastCollaboration}}, {{owner}}. */
  body: TextSchema(20_000),
  createdAt: z.number().int().nonnegative(),
  updatedAt: z.number().int().nonnegative(),
});
export type Template = z.infer<typeof TemplateSchema>;
