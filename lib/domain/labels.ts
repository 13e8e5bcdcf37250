/** Human labels for the domain vocabulary, shared by every UI. */
import type { Channel, InteractionKind, LifecycleStage, OutreachStatus, Segment } from './enums';
import type { PlatformId } from '../platforms/types';

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

export const PLATFORM_LABELS: Record<PlatformId, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  twitch: 'Twitch',
  threads: 'Threads',
  bluesky: 'Bluesky',
  snapchat: 'Snapchat',
  pinterest: 'Pinterest',
  linkedin: 'LinkedIn',
  facebook: 'Facebook',
  kick: 'Kick',
};

/** The DM channel that matches a platform, for prefilling "log a touch". */
export function dmChannelFor(platform: PlatformId): Channel {
  if (platform === 'instagram') return 'instagram-dm';
  if (platform === 'tiktok') return 'tiktok-dm';
  if (platform === 'x') return 'x-dm';
  return 'other-dm';
}
