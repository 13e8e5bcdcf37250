/**
 * Editing a creator: a new creator's starting record, and a user's patch applied
 * with its consequences (stage and segment history, the next due time).
 */
import { CreatorSchema, type Creator } from './creator';
import { computeNextDueAt } from './cadence';
import type { Settings } from './settings';

export function newCreator(id: string, displayName: string, now: number, settings: Settings): Creator {
  const draft = CreatorSchema.parse({
    id,
    displayName: displayName.slice(0, 300),
    stage: 'discovered',
    stageHistory: [{ stage: 'discovered', at: now }],
    createdAt: now,
    updatedAt: now,
  });
  const nextDueAt = computeNextDueAt(draft, settings);
  return nextDueAt === undefined ? draft : { ...draft, nextDueAt };
}

/** The fields a user edits directly on a creator. History and due times are kept by updateCreator. */
export type CreatorPatch = Partial<
  Pick<
    Creator,
    | 'displayName'
    | 'segment'
    | 'stage'
    | 'partnershipKind'
    | 'outreachStatus'
    | 'fit'
    | 'tags'
    | 'niches'
    | 'owner'
    | 'ownerId'
    | 'syncConflicts'
    | 'preferences'
    | 'contact'
    | 'customFields'
    | 'cadenceOverride'
    | 'milestones'
    | 'snoozedUntil'
    | 'fitReviewedAt'
    | 'dismissedSuggestions'
  >
> & { stageNote?: string };

/** Applies a patch: records stage and segment changes as history and recomputes the due time. */
export function applyCreatorPatch(creator: Creator, patch: CreatorPatch, settings: Settings, now: number): Creator {
  const { stageNote, ...fields } = patch;
  const next: Creator = { ...creator, ...fields, updatedAt: now };
  if (patch.stage !== undefined && patch.stage !== creator.stage) {
    next.stageHistory = [...creator.stageHistory, { stage: patch.stage, at: now, ...(stageNote ? { note: stageNote } : {}) }];
  }
  if (patch.segment !== undefined && patch.segment !== creator.segment) {
    next.segmentHistory = [...creator.segmentHistory, { segment: patch.segment, at: now }];
  }
  // `undefined` in a patch means "clear" for optional fields such as owner.
  for (const key of Object.keys(fields) as (keyof typeof fields)[]) {
    if (fields[key] === undefined) delete next[key];
  }
  const nextDueAt = computeNextDueAt(next, settings);
  if (nextDueAt === undefined) delete next.nextDueAt;
  else next.nextDueAt = nextDueAt;
  return next;
}

/** Fields whose edit cannot change what is due (cadence, follow-ups, reminders): no recount needed after them. */
const DUE_NEUTRAL_FIELDS: ReadonlySet<keyof CreatorPatch> = new Set<keyof CreatorPatch>([
  'displayName',
  'fit',
  'tags',
  'niches',
  'owner',
  'contact',
  'customFields',
  'milestones',
  'partnershipKind',
  'dismissedSuggestions',
]);

/** True when applying this patch may change what is due (so the badge must be recounted). */
export function patchCanChangeDue(patch: CreatorPatch): boolean {
  return (Object.keys(patch) as (keyof CreatorPatch)[]).some((key) => !DUE_NEUTRAL_FIELDS.has(key));
}

/** Tags and topics as typed: comma separated, trimmed, each once. */
export function splitCommaList(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** A bulk edit that adds a tag where it is missing (null: nothing to change). */
export function addTagPatch(tag: string): (creator: Creator) => CreatorPatch | null {
  return (creator) => (creator.tags.includes(tag) ? null : { tags: [...creator.tags, tag] });
}

/** A bulk edit that removes a tag where it is present. */
export function removeTagPatch(tag: string): (creator: Creator) => CreatorPatch | null {
  return (creator) => (creator.tags.includes(tag) ? { tags: creator.tags.filter((t) => t !== tag) } : null);
}
