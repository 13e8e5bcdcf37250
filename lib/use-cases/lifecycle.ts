/**
 * Lifecycle guidance and relationship signals: the stage changes a creator's records
 * suggest (accepted into the stage history with their reason, or dismissed), the
 * fit review, and the qualitative signals noted on a touch.
 */
import { getCreator, listCampaigns, listCollaborationsOf, listInteractions, recordFitReview, updateCreator, updateInteraction } from '../db';
import {
  suggestStageChanges,
  type Creator,
  type Interaction,
  type LifecycleStage,
  type QualitativeSignal,
  type SignalValue,
  type StageSuggestion,
} from '../domain';
import { recountFromPage, type DueRecount } from './due-recount';

/** What the creator's records suggest now (dismissed ones left out). */
export async function loadStageSuggestions(creatorId: string, now = Date.now()): Promise<StageSuggestion[]> {
  const creator = await getCreator(creatorId);
  if (!creator) return [];
  const [collaborations, touches, campaigns] = await Promise.all([listCollaborationsOf(creatorId), listInteractions(creatorId), listCampaigns()]);
  const byId = new Map(campaigns.records.map((c) => [c.id, c]));
  return suggestStageChanges(creator, collaborations.records, touches.records, byId, now);
}

/** Accepts a suggestion (or its alternative): the stage changes and the history keeps the reason as its note. */
export async function acceptStageSuggestion(
  creatorId: string,
  suggestion: StageSuggestion,
  stage: LifecycleStage = suggestion.stage,
  recount: DueRecount = recountFromPage,
): Promise<Creator> {
  if (stage !== suggestion.stage && stage !== suggestion.alternative) throw new Error('That stage is not part of the suggestion');
  const creator = await getCreator(creatorId);
  if (!creator) throw new Error('That creator is no longer on the roster');
  const updated = await updateCreator(creatorId, {
    stage,
    ...(stage === suggestion.stage && suggestion.partnershipKind ? { partnershipKind: suggestion.partnershipKind } : {}),
    stageNote: `Suggested: ${suggestion.reason}`,
    dismissedSuggestions: [...(creator.dismissedSuggestions ?? []), suggestion.key].slice(-200),
  });
  await recount();
  return updated;
}

export async function dismissStageSuggestion(creatorId: string, key: string): Promise<Creator> {
  const creator = await getCreator(creatorId);
  if (!creator) throw new Error('That creator is no longer on the roster');
  return updateCreator(creatorId, { dismissedSuggestions: [...new Set([...(creator.dismissedSuggestions ?? []), key])].slice(-200) });
}

/** The fit was reviewed today: the next review is due `fitReviewMonths` from now. */
export async function markFitReviewed(creatorId: string, now = Date.now(), recount: DueRecount = recountFromPage): Promise<Creator> {
  const updated = await recordFitReview(creatorId, now);
  await recount();
  return updated;
}

/** Notes (or, with undefined, clears) one qualitative signal on a touch; health counts it at once. */
export async function setTouchSignal(touch: Interaction, signal: QualitativeSignal, value: SignalValue | undefined): Promise<Interaction> {
  const signals = { ...touch.signals };
  if (value === undefined) delete signals[signal];
  else signals[signal] = value;
  return updateInteraction(touch.id, { signals });
}
