/**
 * What a browser keeps about its team membership (one record, in lib/db's `team`
 * store) and the shape of its outbox: changes waiting to be pushed, each recorded
 * in the same transaction as the write it describes.
 */
import { z } from 'zod';
import { MemberSchema, MutationSchema } from './protocol';

export const DEFAULT_RECENT_CONTACT_DAYS = 14;

export const TeamStateSchema = z.object({
  serverUrl: z.url(),
  token: z.string().min(20).max(200),
  /** This browser profile's id towards the server (a person may use several). */
  clientId: z.string().min(8).max(64),
  teamId: z.uuid(),
  teamName: z.string(),
  memberId: z.uuid(),
  memberName: z.string(),
  role: z.enum(['admin', 'member']),
  /** Everything up to this server seq has been pulled. */
  checkpoint: z.number().int().nonnegative().default(0),
  members: z.array(MemberSchema).default([]),
  joinedAt: z.number().int().nonnegative(),
  lastSyncAt: z.number().int().nonnegative().optional(),
  /** The last sync's failure, shown in settings until a sync succeeds. */
  lastError: z.string().max(2000).optional(),
  /** A first sync wrote pages without derived fields; they are computed in one pass at its end (see lib/db/sync/derive.ts). */
  derivedPending: z.boolean().optional(),
  /** While the first sync runs: how far it got. */
  progress: z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() }).optional(),
  /** Warn before contacting a creator someone else contacted within this many days. */
  recentContactDays: z.number().int().min(1).max(365).default(DEFAULT_RECENT_CONTACT_DAYS),
  /** Reminders: count creators nobody owns as well as my own. */
  remindUnowned: z.boolean().default(true),
});
export type TeamState = z.infer<typeof TeamStateSchema>;

/** An outbox entry: a mutation whose id is the outbox's own increasing key. */
export const OutboxEntrySchema = MutationSchema.omit({ id: true }).extend({ seq: z.number().int().positive().optional() });
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;
