/**
 * Lifecycle guidance: stage changes the scout's own records suggest, each with its
 * reason (the method's lifecycle: test collaboration, expansion, optimization,
 * renewal or graceful wind-down). Suggestions are only proposed: the person accepts
 * (the change lands in the stage history with the reason as its note) or dismisses.
 */
import type { Campaign } from './campaign';
import type { Collaboration } from './collaboration';
import { isAgreedCollaboration } from './collaboration-edits';
import type { Creator } from './creator';
import type { LifecycleStage, PartnershipKind } from './enums';
import type { Interaction } from './interaction';
import { DAY_MS } from './time';

export interface StageSuggestion {
  /** Stable for the facts it rests on, so a dismissed one stays dismissed until the facts change. */
  key: string;
  stage: LifecycleStage;
  partnershipKind?: PartnershipKind;
  reason: string;
  /** Another reasonable move from the same facts (e.g. "not a fit" beside "vet them"). */
  alternative?: LifecycleStage;
}

/** Discovered this long without a touch: time to decide. */
export const UNDECIDED_AFTER_DAYS = 60;
/** A completed test collaboration rated at least this for brief adherence counts as a success. */
const WELL_RATED = 4;
/** This many declined asks say the creator is not interested. */
const DECLINES_TO_WIND_DOWN = 2;

type CreatorFacts = Pick<Creator, 'stage' | 'partnershipKind' | 'createdAt' | 'health' | 'dismissedSuggestions'>;
type CollabFacts = Pick<Collaboration, 'id' | 'title' | 'status' | 'briefAdherence' | 'campaignId' | 'contractEndsAt' | 'completedAt'>;
type TouchFacts = Pick<Interaction, 'occurredAt' | 'outreachStatusChange'>;

const EARLY: ReadonlySet<LifecycleStage> = new Set(['discovered', 'vetting', 'test-collaboration']);
const PARTNER: ReadonlySet<LifecycleStage> = new Set(['test-collaboration', 'active-partner', 'optimizing']);

export function suggestStageChanges(
  creator: CreatorFacts,
  collaborations: readonly CollabFacts[],
  touches: readonly TouchFacts[],
  campaigns: ReadonlyMap<string, Pick<Campaign, 'type' | 'name'>>,
  now: number,
): StageSuggestion[] {
  const out: StageSuggestion[] = [];
  const agreed = collaborations.filter(isAgreedCollaboration);

  // A well-rated test collaboration: expand into an active partnership.
  if (EARLY.has(creator.stage)) {
    // The latest success: a new one after a dismissal is a new fact worth proposing again.
    const success = agreed
      .filter((c) => c.status === 'completed' && (c.briefAdherence ?? 0) >= WELL_RATED)
      .reduce<CollabFacts | undefined>((latest, c) => (!latest || (c.completedAt ?? 0) >= (latest.completedAt ?? 0) ? c : latest), undefined);
    if (success) {
      out.push({
        key: `active-partner:${success.id}`,
        stage: 'active-partner',
        reason: `"${success.title}" was completed with brief adherence ${success.briefAdherence}/5: a successful test, worth expanding`,
      });
    }
  }

  // A second campaign together: recurring partner, or ambassador when one was an ambassador programme.
  const campaignIds = [...new Set(agreed.map((c) => c.campaignId).filter((id): id is string => id !== undefined))];
  if (campaignIds.length >= 2 && creator.stage !== 'wound-down' && creator.stage !== 'not-a-fit' && creator.stage !== 'renewal') {
    const ambassador = campaignIds.some((id) => campaigns.get(id)?.type === 'ambassador-programme');
    const kind: PartnershipKind = ambassador ? 'ambassador' : 'recurring';
    if (creator.stage !== 'active-partner' || creator.partnershipKind !== kind) {
      const names = campaignIds.map((id) => campaigns.get(id)?.name ?? 'a campaign').slice(0, 3);
      out.push({
        key: `${kind}:${[...campaignIds].sort().join(',')}`,
        stage: 'active-partner',
        partnershipKind: kind,
        reason: `${campaignIds.length} campaigns together (${names.join(', ')}): make it ${ambassador ? 'an ambassadorship' : 'a recurring partnership'}`,
      });
    }
  }

  // Two declined asks: wind down gracefully instead of asking again.
  const declines = touches.filter((t) => t.outreachStatusChange === 'declined');
  if (declines.length >= DECLINES_TO_WIND_DOWN && creator.stage !== 'wound-down' && creator.stage !== 'not-a-fit') {
    const last = Math.max(...declines.map((t) => t.occurredAt));
    out.push({
      key: `wind-down:declines:${last}`,
      stage: 'wound-down',
      reason: `${declines.length} asks declined: wind down gracefully and leave the door open`,
      alternative: 'renewal',
    });
  }

  // A contract that ended while health is at risk: review renewal, or wind down.
  const ended = agreed.filter((c) => c.contractEndsAt !== undefined && c.contractEndsAt <= now);
  const running = agreed.some((c) => c.status !== 'completed' && (c.contractEndsAt === undefined || c.contractEndsAt > now));
  const lastEnd = ended.reduce<CollabFacts | undefined>((a, c) => (!a || (c.contractEndsAt ?? 0) > (a.contractEndsAt ?? 0) ? c : a), undefined);
  if (lastEnd && !running && PARTNER.has(creator.stage) && creator.health?.label === 'at-risk') {
    out.push({
      key: `renewal:${lastEnd.id}:${lastEnd.contractEndsAt}`,
      stage: 'renewal',
      reason: `The contract for "${lastEnd.title}" has ended and relationship health is at risk (${creator.health.score}/100): review renewal, or wind down gracefully`,
      alternative: 'wound-down',
    });
  }

  // Discovered long ago and never contacted: decide.
  const age = Math.floor((now - creator.createdAt) / DAY_MS);
  if (creator.stage === 'discovered' && touches.length === 0 && age >= UNDECIDED_AFTER_DAYS) {
    out.push({
      key: 'decide:discovered',
      stage: 'vetting',
      reason: `Discovered ${age} days ago and never contacted: vet them, or mark them not a fit`,
      alternative: 'not-a-fit',
    });
  }

  const dismissed = new Set(creator.dismissedSuggestions ?? []);
  return out.filter((s) => !dismissed.has(s.key) && !(s.stage === creator.stage && s.partnershipKind === creator.partnershipKind));
}
