/**
 * Keeping a segment warm between campaigns: the queue of its creators with no live
 * campaign, the chosen message filled in per creator (the scout copies and sends it
 * on the platform), and one logged touch per creator as they go.
 */
import { listCollaborationsOf, listCreatorsInLiveCampaigns, listCreatorsInSegment } from '../db';
import {
  KEEP_WARM_TEMPLATES,
  KEEP_WARM_TOUCH_KIND,
  keepWarmQueue,
  mergeValuesFor,
  renderTemplate,
  type Creator,
  type KeepWarmKind,
  type Segment,
} from '../domain';
import { requestLogTouch } from './via-worker';

export async function loadKeepWarmQueue(segment: Segment): Promise<Creator[]> {
  const [creators, inLiveCampaign] = await Promise.all([listCreatorsInSegment(segment), listCreatorsInLiveCampaigns()]);
  return keepWarmQueue(creators.records, segment, inLiveCampaign);
}

/** The message for one creator, with the merge fields filled in (missing ones are named so the scout fills them). */
export async function keepWarmMessage(creator: Creator, kind: KeepWarmKind): Promise<string> {
  const collaborations = await listCollaborationsOf(creator.id);
  return renderTemplate(KEEP_WARM_TEMPLATES[kind].body, mergeValuesFor(creator, collaborations.records)).text;
}

/** Logs the keep-warm touch the scout just sent (through the worker, like every touch, so the badge follows). */
export function logKeepWarmTouch(creator: Creator, kind: KeepWarmKind, message: string): Promise<string> {
  return requestLogTouch({
    creatorId: creator.id,
    channel: creator.preferences.preferredChannel ?? 'other-dm',
    direction: 'outbound',
    kind: KEEP_WARM_TOUCH_KIND,
    summary: `${KEEP_WARM_TEMPLATES[kind].label}: ${message}`,
    occurredAt: Date.now(),
  });
}
