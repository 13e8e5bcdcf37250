/**
 * The team sync protocol, shared by the extension and the team server: every
 * request and response is checked against these schemas on both sides.
 *
 * Push/pull with a checkpoint, in the style of RxDB's and Replicache's protocols:
 * the client pushes its outbox (mutations numbered per client, so the server applies
 * each exactly once) and pulls every record changed after its checkpoint, in pages.
 */
import { z } from 'zod';
import { SYNCED_STORES } from './rules';

export const SyncedStoreSchema = z.enum(SYNCED_STORES as [string, ...string[]]).transform((s) => s as (typeof SYNCED_STORES)[number]);

// Values arrive as JSON; each merged record is then checked against its store's domain schema (record-schemas.ts).
const JsonSchema = z.unknown();
const PathSchema = z
  .string()
  .min(1)
  .max(80)
  .regex(/^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)?$/, 'a field name, or parent.child');

export const FieldChangeSchema = z.discriminatedUnion('op', [
  /** Last writer wins; `value` absent removes the field. */
  z.object({ op: z.literal('set'), value: JsonSchema.optional() }),
  /** A set of strings: what this edit added and removed. */
  z.object({ op: z.literal('set-delta'), add: z.array(z.string().max(2000)).max(1000), remove: z.array(z.string().max(2000)).max(1000) }),
  /** Keyed entries: what this edit put (added or replaced) and removed, by key. */
  z.object({ op: z.literal('list-delta'), put: z.array(z.record(z.string(), JsonSchema)).max(1000), remove: z.array(z.string().max(300)).max(1000) }),
  /** Free text edited from `base`: if the stored text moved on meanwhile, both are kept. */
  z.object({ op: z.literal('text'), base: z.string().max(100_000), value: z.string().max(100_000) }),
]);
export type FieldChange = z.infer<typeof FieldChangeSchema>;

export const MutationSchema = z.object({
  /** Per client, increasing: the server applies each mutation once however often it is pushed. */
  id: z.number().int().positive(),
  store: SyncedStoreSchema,
  recordId: z.string().min(1).max(100),
  /** When the change was made (client clock; the server clamps it to its own clock). */
  at: z.number().int().nonnegative(),
  changes: z.record(PathSchema, FieldChangeSchema),
  deleted: z.boolean().optional(),
});
export type Mutation = z.infer<typeof MutationSchema>;

export const MAX_MUTATIONS_PER_PUSH = 500;
export const MAX_PULL_PAGE = 2000;

export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'a client id of 8-64 letters, digits, - or _');

export const PushRequestSchema = z.object({
  clientId: ClientIdSchema,
  mutations: z.array(MutationSchema).min(1).max(MAX_MUTATIONS_PER_PUSH),
});
export type PushRequest = z.infer<typeof PushRequestSchema>;

export const PushResponseSchema = z.object({
  /** The highest mutation id the server holds for this client: the outbox can drop everything up to it. */
  lastMutationId: z.number().int().nonnegative(),
});

export const SyncedRecordSchema = z.object({
  store: SyncedStoreSchema,
  id: z.string().min(1).max(100),
  seq: z.number().int().positive(),
  deleted: z.boolean(),
  data: z.record(z.string(), JsonSchema),
});
export type SyncedRecord = z.infer<typeof SyncedRecordSchema>;

export const MemberSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(120),
  role: z.enum(['admin', 'member']),
  revoked: z.boolean(),
});
export type Member = z.infer<typeof MemberSchema>;

export const PullResponseSchema = z.object({
  records: z.array(SyncedRecordSchema),
  /** Pass back as `after` for the next page; the highest seq in `records` (or the one sent when empty). */
  checkpoint: z.number().int().nonnegative(),
  hasMore: z.boolean(),
  /** How many records the team holds after `after`, for a first sync's progress. */
  remaining: z.number().int().nonnegative(),
  members: z.array(MemberSchema),
});
export type PullResponse = z.infer<typeof PullResponseSchema>;

const NameSchema = z.string().trim().min(1, 'a name').max(120);

export const CreateTeamRequestSchema = z.object({ setupCode: z.string().min(8).max(200), teamName: NameSchema, adminName: NameSchema });
export const JoinRequestSchema = z.object({ inviteCode: z.string().min(8).max(200), name: NameSchema });
/** What joining or creating a team gives: the member's own token, shown once. */
export const MembershipSchema = z.object({
  team: z.object({ id: z.uuid(), name: z.string() }),
  member: MemberSchema,
  token: z.string().min(20).max(200),
});
export type Membership = z.infer<typeof MembershipSchema>;

export const CreateInviteRequestSchema = z.object({ name: NameSchema.optional(), role: z.enum(['admin', 'member']).default('member') });
export const InviteSchema = z.object({
  id: z.uuid(),
  name: z.string().nullable(),
  role: z.enum(['admin', 'member']),
  used: z.boolean(),
  revoked: z.boolean(),
});
export const CreatedInviteSchema = z.object({ invite: InviteSchema, code: z.string() });
export const TeamDirectorySchema = z.object({ members: z.array(MemberSchema), invites: z.array(InviteSchema) });

/** Live stream: the client authenticates, then hears that the team changed. */
export const LiveHelloSchema = z.object({ type: z.literal('hello'), token: z.string().min(20).max(200) });
export const LiveEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('changed'), seq: z.number().int().nonnegative() }),
  z.object({ type: z.literal('ping') }),
]);
export type LiveEvent = z.infer<typeof LiveEventSchema>;

export const MAX_MATCH_KEYS = 5000;
/** The preview before sharing a roster: which of my profiles the team has already. */
export const MatchAccountsRequestSchema = z.object({
  keys: z.array(z.object({ platform: z.string().min(1).max(40), handle: z.string().min(1).max(200) })).max(MAX_MATCH_KEYS),
});
export const MatchAccountsResponseSchema = z.object({
  matches: z.array(z.object({ platform: z.string(), handle: z.string(), accountId: z.string(), creatorId: z.string(), creatorName: z.string() })),
});
export type AccountMatch = z.infer<typeof MatchAccountsResponseSchema>['matches'][number];

export const ErrorBodySchema = z.object({ error: z.string() });
