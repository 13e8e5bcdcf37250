/**
 * The vocabulary of the method (see ../shared/docs/influencer-relationship-management.md):
 * segments, lifecycle stages, outreach statuses and the shape of a logged touch.
 */
import { z } from 'zod';
import { PLATFORM_IDS } from '../platforms/types';

export const PlatformIdSchema = z.enum(PLATFORM_IDS);

export const SEGMENTS = ['strategic-partner', 'growth-bet', 'community-advocate', 'campaign-specialist', 'unassigned'] as const;
export const SegmentSchema = z.enum(SEGMENTS);
export type Segment = z.infer<typeof SegmentSchema>;

export const LIFECYCLE_STAGES = ['discovered', 'vetting', 'test-collaboration', 'active-partner', 'optimizing', 'renewal', 'wound-down', 'not-a-fit'] as const;
export const LifecycleStageSchema = z.enum(LIFECYCLE_STAGES);
export type LifecycleStage = z.infer<typeof LifecycleStageSchema>;

/** An active partner is either on recurring campaigns or an ambassador. */
export const PartnershipKindSchema = z.enum(['recurring', 'ambassador']);
export type PartnershipKind = z.infer<typeof PartnershipKindSchema>;

export const OUTREACH_STATUSES = ['not-contacted', 'contacted', 'replied', 'negotiating', 'agreed', 'declined', 'no-response'] as const;
export const OutreachStatusSchema = z.enum(OUTREACH_STATUSES);
export type OutreachStatus = z.infer<typeof OutreachStatusSchema>;

export const CHANNELS = ['instagram-dm', 'tiktok-dm', 'x-dm', 'other-dm', 'email', 'call', 'video-call', 'in-person', 'other'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const DirectionSchema = z.enum(['outbound', 'inbound']);
export type Direction = z.infer<typeof DirectionSchema>;

export const INTERACTION_KINDS = ['outreach', 'follow-up', 'negotiation', 'brief', 'feedback', 'check-in', 'celebration', 'contract', 'other'] as const;
export const InteractionKindSchema = z.enum(INTERACTION_KINDS);
export type InteractionKind = z.infer<typeof InteractionKindSchema>;

/** Kinds that ask something of the creator; the wellbeing guard counts these. */
export const ASK_KINDS: readonly InteractionKind[] = ['outreach', 'follow-up', 'negotiation', 'brief'];
