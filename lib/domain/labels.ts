/** Human labels for the domain vocabulary, shared by every UI. */
import type { Channel, InteractionKind, LifecycleStage, OutreachStatus, PartnershipKind, Segment } from './enums';
import { PLATFORM_IDS, type PlatformId } from '../platforms/types';
import { adapterFor } from '../platforms/registry';

export const SEGMENT_LABELS: Record<Segment, string> = {
  'strategic-partner': 'Strategic Partner',
  'growth-bet': 'Growth Bet',
  'community-advocate': 'Community Advocate',
  'campaign-specialist': 'Campaign Specialist',
  unassigned: 'Unassigned',
};

export const STAGE_LABELS: Record<LifecycleStage, string> = {
  discovered: 'Discovered',
  vetting: 'Vetting',
  'test-collaboration': 'Test collaboration',
  'active-partner': 'Active partner',
  optimizing: 'Optimizing',
  renewal: 'Renewal',
  'wound-down': 'Wound down',
  'not-a-fit': 'Not a fit',
};

export const OUTREACH_LABELS: Record<OutreachStatus, string> = {
  'not-contacted': 'Not contacted',
  contacted: 'Contacted',
  replied: 'Replied',
  negotiating: 'Negotiating',
  agreed: 'Agreed',
  declined: 'Declined',
  'no-response': 'No response',
};

export const CHANNEL_LABELS: Record<Channel, string> = {
  'instagram-dm': 'Instagram DM',
  'tiktok-dm': 'TikTok DM',
  'x-dm': 'X DM',
  'other-dm': 'Other platform DM',
  email: 'Email',
  call: 'Call',
  'video-call': 'Video call',
  'in-person': 'In person',
  other: 'Other',
};

export const KIND_LABELS: Record<InteractionKind, string> = {
  outreach: 'Outreach',
  'follow-up': 'Follow-up',
  negotiation: 'Negotiation',
  brief: 'Brief',
  feedback: 'Feedback',
  'check-in': 'Check-in',
  celebration: 'Celebration',
  contract: 'Contract',
  other: 'Other',
};

/** Each platform's name, as its adapter gives it. */
export const PLATFORM_LABELS = Object.fromEntries(PLATFORM_IDS.map((id) => [id, adapterFor(id).label])) as Record<PlatformId, string>;

/** The DM channel that matches a platform, for prefilling "log a touch" (the adapter knows it). */
export function dmChannelFor(platform: PlatformId): Channel {
  return adapterFor(platform).dmChannel;
}

export const PARTNERSHIP_KIND_LABELS: Record<PartnershipKind, string> = {
  recurring: 'recurring campaigns',
  ambassador: 'ambassador',
};
