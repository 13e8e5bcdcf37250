/** A collaboration: what was agreed with a creator and how it went. */
import { z } from 'zod';
import { PlatformIdSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema } from './common';

/** A deliverable's way through review, as a campaign board shows it. */
export const DELIVERABLE_STATUS_VALUES = ['briefed', 'drafted', 'in-review', 'revision-requested', 'approved', 'published', 'cancelled'] as const;

/**
 * Statuses before campaigns (database version 5 and older backups) and the step each became:
 * stored records are rewritten by migration 6, and older backups and team peers are read through this.
 */
export const LEGACY_DELIVERABLE_STATUSES: Readonly<Record<string, (typeof DELIVERABLE_STATUS_VALUES)[number]>> = {
  planned: 'briefed',
  'in-progress': 'drafted',
  submitted: 'in-review',
};

const DeliverableStatusSchema = z.preprocess(
  (value) => (typeof value === 'string' ? (LEGACY_DELIVERABLE_STATUSES[value] ?? value) : value),
  z.enum(DELIVERABLE_STATUS_VALUES),
);

export const DeliverableSchema = z.object({
  id: IdSchema,
  description: TextSchema(1000),
  platform: PlatformIdSchema.optional(),
  dueAt: TimestampSchema.optional(),
  status: DeliverableStatusSchema.default('briefed'),
  publishedUrl: z.url().max(2000).optional(),
});
export type Deliverable = z.infer<typeof DeliverableSchema>;

const MoneySchema = z.object({
  amount: z.number().nonnegative(),
  currency: z.string().length(3),
});

export const CompensationSchema = z.object({
  cash: MoneySchema.optional(),
  product: TextSchema(1000).optional(),
  performance: TextSchema(1000).optional(),
});

export const UsageRightsSchema = z.object({
  scope: TextSchema(1000),
  endsAt: TimestampSchema.optional(),
});

export const ExclusivitySchema = z.object({
  category: TextSchema(300),
  startsAt: TimestampSchema.optional(),
  endsAt: TimestampSchema.optional(),
});

export const DisclosureSchema = z.object({
  required: z.boolean().default(true),
  method: TextSchema(300).optional(),
  confirmed: z.boolean().default(false),
});

export const PerformanceSchema = z.object({
  reach: z.number().nonnegative().optional(),
  impressions: z.number().nonnegative().optional(),
  engagements: z.number().nonnegative().optional(),
  clicks: z.number().nonnegative().optional(),
  conversions: z.number().nonnegative().optional(),
  revenue: z.number().nonnegative().optional(),
});
export type Performance = z.infer<typeof PerformanceSchema>;

export const CollaborationSchema = z.object({
  id: IdSchema,
  creatorId: IdSchema,
  /** The campaign it is part of, if any (a collaboration belongs to at most one). */
  campaignId: IdSchema.optional(),
  title: TextSchema(300),
  status: z.enum(['proposed', 'negotiating', 'contracted', 'in-progress', 'completed', 'cancelled']).default('proposed'),
  deliverables: z.array(DeliverableSchema).default([]),
  compensation: CompensationSchema.default({}),
  usageRights: UsageRightsSchema.optional(),
  exclusivity: ExclusivitySchema.optional(),
  disclosure: DisclosureSchema.default({ required: true, confirmed: false }),
  contractEndsAt: TimestampSchema.optional(),
  renewalReviewAt: TimestampSchema.optional(),
  /** 1-5: how closely the content followed the brief. */
  briefAdherence: z.number().int().min(1).max(5).optional(),
  performance: PerformanceSchema.default({}),
  startedAt: TimestampSchema.optional(),
  completedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  /** In a team: who last changed it (set by the team server). */
  updatedById: IdSchema.optional(),
  updatedAt: TimestampSchema,
});
export type Collaboration = z.infer<typeof CollaborationSchema>;
export type CollaborationInput = z.input<typeof CollaborationSchema>;
