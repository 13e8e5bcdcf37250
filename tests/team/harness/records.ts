/** Mutations built the way the client builds them: a diff of two versions of a domain record. */
import { CreatorSchema, InteractionSchema, type Creator, type Interaction } from '../../../lib/domain';
import { diffRecord } from '../../../lib/team/merge';
import { STORE_RULES, type SyncedStore } from '../../../lib/team/rules';
import type { Mutation } from '../../../lib/team/protocol';

export function creator(id: string, patch: Partial<Creator> = {}): Creator {
  return CreatorSchema.parse({ id, displayName: `Creator ${id}`, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...patch });
}

export function touch(id: string, creatorId: string, patch: Partial<Interaction> = {}): Interaction {
  return InteractionSchema.parse({
    id,
    creatorId,
    channel: 'instagram-dm',
    direction: 'outbound',
    kind: 'outreach',
    summary: `Touch ${id}`,
    occurredAt: 1_700_000_000_000,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    ...patch,
  });
}

let counter = 0;
export function mutation(
  store: SyncedStore,
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
  at = Date.now(),
  id = ++counter,
): Mutation {
  const diff = diffRecord(STORE_RULES[store], before, after);
  if (!diff) throw new Error('nothing changed');
  const recordId = String((after ?? before)?.id);
  return { id, store, recordId, at, ...diff };
}
