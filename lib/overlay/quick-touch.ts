/**
 * "Log a touch" in two clicks: the overlay offers a few presets that fit the
 * creator's platform and where they are in outreach, and logs the one picked.
 */
import { dmChannelFor, outboundKind, type Channel, type Creator, type Direction, type InteractionKind, type NewInteraction } from '../domain';
import type { PlatformId } from '../platforms/types';

export interface QuickTouch {
  id: 'dm-sent' | 'email-sent' | 'call' | 'reply-received';
  label: string;
  channel: Channel;
  direction: Direction;
  kind: InteractionKind;
}

/** Presets for this creator. Do-not-contact creators only get "they replied": we never log asks to them. */
export function quickTouchOptions(creator: Pick<Creator, 'outreachStatus' | 'preferences'>, platform: PlatformId): QuickTouch[] {
  const kind = outboundKind(creator.outreachStatus);
  const dm = dmChannelFor(platform);
  const inbound: QuickTouch = {
    id: 'reply-received',
    label: 'They replied',
    channel: dm,
    direction: 'inbound',
    kind: creator.outreachStatus === 'negotiating' ? 'negotiation' : 'other',
  };
  if (creator.preferences.doNotContact) return [inbound];
  return [
    { id: 'dm-sent', label: 'Sent a DM', channel: dm, direction: 'outbound', kind },
    { id: 'email-sent', label: 'Sent an email', channel: 'email', direction: 'outbound', kind },
    { id: 'call', label: 'Had a call', channel: 'call', direction: 'outbound', kind: kind === 'outreach' ? 'outreach' : 'check-in' },
    inbound,
  ];
}

export function touchFromPreset(creatorId: string, preset: QuickTouch, now: number): NewInteraction {
  return {
    creatorId,
    channel: preset.channel,
    direction: preset.direction,
    kind: preset.kind,
    summary: '',
    occurredAt: now,
  };
}
