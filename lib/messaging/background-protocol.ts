/**
 * The one typed protocol for runtime messages handled by the service worker.
 * Each message type has a request schema (parsed by the worker) and a response
 * schema (parsed by the caller). Add a message here, then its handler in
 * lib/background/handlers.ts.
 */
import * as z from 'zod/mini';
import { ScrapedProfileSchema } from './profile-schemas';
import { CHANNELS, INTERACTION_KINDS, OUTREACH_STATUSES } from '../domain/enums';

const Id = z.string().check(z.minLength(1), z.maxLength(100));

/** A due item: a creator due for contact, or a reminder record (see lib/db listDueItems). */
export const DueRefSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cadence'), creatorId: Id }),
  z.object({ type: z.literal('reminder'), reminderId: Id }),
]);

export const BackgroundProtocol = {
  /** Open the side panel for the sender's tab (must run inside the click's user gesture). */
  'panel:open': {
    request: z.object({ creatorId: z.optional(Id) }),
    response: z.object({ opened: z.boolean() }),
  },
  /** Re-run the reminder scan now (after edits) and refresh the badge. */
  'reminders:refresh': {
    request: z.object({}),
    response: z.object({ due: z.number() }),
  },
  /** Log a touch with a creator (resets the cadence and the follow-up clock). */
  'touch:log': {
    request: z.object({
      creatorId: Id,
      channel: z.enum(CHANNELS),
      direction: z.enum(['outbound', 'inbound']),
      kind: z.enum(INTERACTION_KINDS),
      summary: z.optional(z.string().check(z.maxLength(20_000))),
      occurredAt: z.number().check(z.int(), z.nonnegative()),
      outreachStatusChange: z.optional(z.enum(OUTREACH_STATUSES)),
    }),
    response: z.object({ interactionId: Id }),
  },
  /** Snooze due items (cadence per creator, reminders per record) until a time. */
  'reminders:snooze': {
    request: z.object({ items: z.array(DueRefSchema).check(z.minLength(1), z.maxLength(10_000)), until: z.number() }),
    response: z.object({ due: z.number() }),
  },
  /** Mark one due item done: contact reminders log the touch they asked for. */
  'reminders:done': {
    request: z.object({ item: DueRefSchema }),
    response: z.object({ due: z.number(), loggedTouchId: z.optional(Id) }),
  },
  /** Save a scraped profile (used by the context menu path and tests). */
  'creator:save-profile': {
    request: z.object({ profile: ScrapedProfileSchema, linkToCreatorId: z.optional(Id) }),
    response: z.object({ creatorId: Id, createdCreator: z.boolean() }),
  },
  /** Sync with the team now (an overlay opening a profile, the side panel after a write); answers what moved. */
  'team:sync': {
    request: z.object({}),
    response: z.object({ inTeam: z.boolean(), pushed: z.number(), pulled: z.number() }),
  },
} as const;

export type BackgroundMessageType = keyof typeof BackgroundProtocol;
export type BackgroundRequest<K extends BackgroundMessageType> = z.infer<(typeof BackgroundProtocol)[K]['request']>;
export type BackgroundResponse<K extends BackgroundMessageType> = z.infer<(typeof BackgroundProtocol)[K]['response']>;

/** Every runtime message is wrapped so the receiver can route before parsing the payload. */
export const EnvelopeSchema = z.object({ type: z.string(), data: z.unknown() });

/** Every response is wrapped so errors cross the boundary as data, not as lost promises. */
export const ResponseEnvelopeSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: z.string() }),
]);
