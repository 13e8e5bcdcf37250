/** How logging a touch moves a creator through the outreach pipeline, and what a new touch starts as. */
import { ASK_KINDS, type InteractionKind, type OutreachStatus } from './enums';
import type { Creator } from './creator';
import type { Interaction } from './interaction';

/**
 * An explicit status change on the touch wins. Otherwise: the first outbound
 * touch marks a prospect "contacted", and any inbound touch while we wait on
 * them marks them "replied". Later stages (negotiating, agreed, declined) only
 * change when the user says so.
 */
export function outreachStatusAfter(current: OutreachStatus, touch: Pick<Interaction, 'direction' | 'outreachStatusChange'>): OutreachStatus {
  if (touch.outreachStatusChange) return touch.outreachStatusChange;
  if (touch.direction === 'outbound' && current === 'not-contacted') return 'contacted';
  if (touch.direction === 'inbound' && (current === 'not-contacted' || current === 'contacted' || current === 'no-response')) return 'replied';
  return current;
}

/** Last-contact timestamps derived from a creator's touches. */
export function contactTimes(touches: readonly Pick<Interaction, 'direction' | 'occurredAt' | 'authorId'>[]): {
  lastContactAt?: number;
  lastOutboundAt?: number;
  lastInboundAt?: number;
  /** In a team: who made the latest outbound touch (the roster's "contacted by someone else" filter). */
  lastOutboundById?: string;
} {
  let lastContactAt: number | undefined;
  let lastOutboundAt: number | undefined;
  let lastInboundAt: number | undefined;
  let lastOutboundById: string | undefined;
  for (const t of touches) {
    lastContactAt = Math.max(lastContactAt ?? 0, t.occurredAt);
    if (t.direction === 'outbound') {
      if (lastOutboundAt === undefined || t.occurredAt >= lastOutboundAt) lastOutboundById = t.authorId;
      lastOutboundAt = Math.max(lastOutboundAt ?? 0, t.occurredAt);
    } else lastInboundAt = Math.max(lastInboundAt ?? 0, t.occurredAt);
  }
  return {
    ...(lastContactAt !== undefined ? { lastContactAt } : {}),
    ...(lastOutboundAt !== undefined ? { lastOutboundAt } : {}),
    ...(lastInboundAt !== undefined ? { lastInboundAt } : {}),
    ...(lastOutboundById !== undefined ? { lastOutboundById } : {}),
  };
}

/** The kind an outbound touch has at this point of the relationship (the card's presets and the panel's form alike). */
export function outboundKind(status: Creator['outreachStatus']): InteractionKind {
  if (status === 'not-contacted') return 'outreach';
  if (status === 'contacted' || status === 'no-response') return 'follow-up';
  if (status === 'negotiating') return 'negotiation';
  return 'check-in';
}

/** An outbound touch that asks something of the creator: what the wellbeing guard and follow-ups count. */
export function isAsk(touch: Pick<Interaction, 'direction' | 'kind'>): boolean {
  return touch.direction === 'outbound' && ASK_KINDS.includes(touch.kind);
}
