/** A creator (a person), with the relationship facts the team keeps about them. */
import { z } from 'zod';
import { ChannelSchema, LifecycleStageSchema, OutreachStatusSchema, PartnershipKindSchema, PlatformIdSchema, SegmentSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema } from './common';
import { FitSchema } from './fit';
import { ContactSchema, CustomFieldsSchema } from './contact';

export const PreferencesSchema = z.object({
  preferredChannel: ChannelSchema.optional(),
  topicsToAvoid: z.array(TextSchema(200)).max(100).default([]),
  /** Free text such as "weekdays 9-17 CET". */
  contactWindow: TextSchema(300).optional(),
  doNotContact: z.boolean().default(false),
  /** When set, logged touches keep only that a touch happened, never the message text. */
  doNotStoreMessageText: z.boolean().default(false),
});
export type Preferences = z.infer<typeof PreferencesSchema>;

export const StageChangeSchema = z.object({
  stage: LifecycleStageSchema,
  at: TimestampSchema,
  note: TextSchema(1000).optional(),
  /** In a team: the member who made the change (stamped by the team server). */
  byId: IdSchema.optional(),
});
export type StageChange = z.infer<typeof StageChangeSchema>;

export const SegmentChangeSchema = z.object({
  segment: SegmentSchema,
  at: TimestampSchema,
});

export const MilestoneSchema = z.object({
  id: IdSchema,
  title: TextSchema(300),
  at: TimestampSchema,
  note: TextSchema(2000).optional(),
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const SyncConflictSchema = z.object({
  field: z.string().max(80),
  value: TextSchema(100_000),
  byId: IdSchema,
  at: TimestampSchema,
});
export type SyncConflict = z.infer<typeof SyncConflictSchema>;

export const CadenceOverrideSchema = z
  .object({
    idealDays: z.number().int().min(1).max(3650),
    maxDays: z.number().int().min(1).max(3650),
  })
  .refine((c) => c.maxDays >= c.idealDays, { message: 'maxDays must be at least idealDays' });

/**
 * A compact copy of each account on the creator record, kept in step by lib/db,
 * so the roster can show platforms and followers without reading the accounts store.
 */
export const AccountSummarySchema = z.object({
  accountId: IdSchema,
  platform: PlatformIdSchema,
  handle: z.string().min(1).max(200),
  followers: z.number().nonnegative().optional(),
  /** Followers at the earliest snapshot within the last 30 days, for growth. */
  followersBaseline: z.number().nonnegative().optional(),
});
export type AccountSummary = z.infer<typeof AccountSummarySchema>;

export const HealthSummarySchema = z.object({
  score: z.number().min(0).max(100),
  label: z.enum(['thriving', 'steady', 'at-risk', 'unknown']),
  computedAt: TimestampSchema,
});
export type HealthSummary = z.infer<typeof HealthSummarySchema>;

export const CreatorSchema = z.object({
  id: IdSchema,
  displayName: TextSchema(300),
  accounts: z.array(AccountSummarySchema).max(50).default([]),
  segment: SegmentSchema.default('unassigned'),
  segmentHistory: z.array(SegmentChangeSchema).default([]),
  stage: LifecycleStageSchema.default('discovered'),
  partnershipKind: PartnershipKindSchema.optional(),
  stageHistory: z.array(StageChangeSchema).default([]),
  outreachStatus: OutreachStatusSchema.default('not-contacted'),
  fit: FitSchema.default({ notes: '', rubric: {} }),
  tags: z.array(TextSchema(60)).max(100).default([]),
  niches: z.array(TextSchema(60)).max(50).default([]),
  /** The one brand contact for this creator (the method: centralise communication). */
  owner: TextSchema(120).optional(),
  /** In a team: the member who owns the relationship (the team server checks it is one). */
  ownerId: IdSchema.optional(),
  preferences: PreferencesSchema.default({ topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: false }),
  /** How to reach them (absent until something is known). The preferred channel is in `preferences`. */
  contact: ContactSchema.optional(),
  /** Columns the user chose to keep from an import, by column name. */
  customFields: CustomFieldsSchema.optional(),
  cadenceOverride: CadenceOverrideSchema.optional(),
  milestones: z.array(MilestoneSchema).default([]),
  lastContactAt: TimestampSchema.optional(),
  lastOutboundAt: TimestampSchema.optional(),
  lastInboundAt: TimestampSchema.optional(),
  /** Indexed: when the next light-touch contact is due (absent when excluded from cadence). */
  nextDueAt: TimestampSchema.optional(),
  /**
   * When the open follow-up (an outbound ask with no reply) is due, by the same rule as the
   * stored follow-up reminder (lib/domain/reminder-rules.ts), written in the same transaction
   * as the touch; kept here so the roster and the pipeline can answer it without timelines.
   */
  followUpDueAt: TimestampSchema.optional(),
  /** Derived, in a team: the author of the latest outbound touch. */
  lastOutboundById: IdSchema.optional(),
  snoozedUntil: TimestampSchema.optional(),
  health: HealthSummarySchema.optional(),
  /** When the fit was last reviewed; the next fit review is due `fitReviewMonths` after it (or after `createdAt`). */
  fitReviewedAt: TimestampSchema.optional(),
  /** Lifecycle suggestions the person dismissed (their keys), so they are not proposed again. */
  dismissedSuggestions: z.array(z.string().max(200)).max(200).optional(),
  /** In a team: text edits that met a newer edit of the same text; both are kept until someone resolves them. */
  syncConflicts: z.array(SyncConflictSchema).max(20).optional(),
  /** In a team: who last changed a shared field (set by the team server). */
  updatedById: IdSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Creator = z.infer<typeof CreatorSchema>;
export type CreatorInput = z.input<typeof CreatorSchema>;

/** The account shown first: the one the creator was first saved from. */
export function primaryAccount(creator: Pick<Creator, 'accounts'>): AccountSummary | undefined {
  return creator.accounts[0];
}

/** Sum of the latest follower counts across accounts. */
export function totalFollowers(creator: Pick<Creator, 'accounts'>): number | undefined {
  const known = creator.accounts.filter((a) => a.followers !== undefined);
  if (known.length === 0) return undefined;
  return known.reduce((sum, a) => sum + (a.followers ?? 0), 0);
}
