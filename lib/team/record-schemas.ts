/** The domain schema each shared store's records must satisfy, on the server as in the browser. */
import type { z } from 'zod';
import { AccountSchema, CampaignSchema, CollaborationSchema, CreatorSchema, InteractionSchema } from '../domain';
import type { SyncedStore } from './rules';

export const RECORD_SCHEMAS: Readonly<Record<SyncedStore, z.ZodObject>> = {
  creators: CreatorSchema,
  accounts: AccountSchema,
  interactions: InteractionSchema,
  collaborations: CollaborationSchema,
  campaigns: CampaignSchema,
};

/** The top-level fields a store's records may have. */
export function knownFields(store: SyncedStore): ReadonlySet<string> {
  return new Set(Object.keys(RECORD_SCHEMAS[store].shape));
}
