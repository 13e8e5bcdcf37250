/**
 * Keeping relationships warm between campaigns (the method: updates, previews,
 * early access and check-ins, not only asks). A queue the scout works through by
 * hand: copy the message, send it on the platform, log the touch, next. Rapport
 * never sends anything itself.
 */
import type { Creator } from './creator';
import type { Segment } from './enums';
import { isExcludedFromCadence } from './cadence';

export const KEEP_WARM_KINDS = ['update', 'preview', 'early-access', 'check-in'] as const;
export type KeepWarmKind = (typeof KEEP_WARM_KINDS)[number];

export const KEEP_WARM_TEMPLATES: Record<KeepWarmKind, { label: string; body: string }> = {
  update: {
    label: 'Brand update',
    body: 'Hi {{firstName}}! A quick update from our side: we have something new coming this season and you were the first person we thought of. No ask, just wanted you to hear it from us.',
  },
  preview: {
    label: 'Preview',
    body: 'Hi {{firstName}}, we would love your eyes on something before it goes public. Happy to send a preview your way if you are curious: your take always sharpens our thinking.',
  },
  'early-access': {
    label: 'Early access',
    body: 'Hi {{firstName}}! You get early access: our new release is ready for you a week before everyone else. Shall I send it to the usual address?',
  },
  'check-in': {
    label: 'Check-in',
    body: 'Hi {{firstName}}, it has been a little while. How are things going on your side? Loved your recent posts, and we are here if there is anything we can do for you.',
  },
};

/** Touch kind logged for each keep-warm message. */
export const KEEP_WARM_TOUCH_KIND = 'check-in' as const;

/**
 * Who to keep warm in a segment: creators with no collaboration in a live campaign,
 * who may be contacted (not excluded, not do-not-contact), longest silent first.
 */
export function keepWarmQueue<C extends Pick<Creator, 'id' | 'segment' | 'stage' | 'preferences' | 'lastContactAt' | 'createdAt'>>(
  creators: readonly C[],
  segment: Segment,
  inLiveCampaign: ReadonlySet<string>,
): C[] {
  return creators
    .filter((c) => c.segment === segment && !inLiveCampaign.has(c.id) && !isExcludedFromCadence(c))
    .sort((a, b) => (a.lastContactAt ?? a.createdAt) - (b.lastContactAt ?? b.createdAt));
}
