/**
 * The one typed protocol for runtime messages handled by the service worker.
 * Each message type has a request schema (parsed by the worker) and a response
 * schema (parsed by the caller). Add a message here, then its handler in
 * lib/background/handlers.ts.
 */
import * as z from 'zod/mini';
import { ScrapedProfileSchema } from './profile-schemas';

const Id = z.string().check(z.minLength(1), z.maxLength(100));

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
  /** Save a scraped profile (used by the context menu path and tests). */
  'creator:save-profile': {
    request: z.object({ profile: ScrapedProfileSchema, linkToCreatorId: z.optional(Id) }),
    response: z.object({ creatorId: Id, createdCreator: z.boolean() }),
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
