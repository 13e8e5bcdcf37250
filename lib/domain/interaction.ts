/** One entry of the contact log: a touch with a creator. */
import { z } from 'zod';
import { ChannelSchema, DirectionSchema, InteractionKindSchema, OutreachStatusSchema } from './enums';
import { IdSchema, TextSchema, TimestampSchema } from './common';

/** The qualitative signals the method names, noted on a touch with one click each: positive or negative. */
export const QUALITATIVE_SIGNALS = ['enthusiasm', 'proactiveIdeas', 'negotiation'] as const;
export type QualitativeSignal = (typeof QUALITATIVE_SIGNALS)[number];
export const QUALITATIVE_SIGNAL_LABELS: Record<QualitativeSignal, string> = {
  enthusiasm: 'Enthusiasm',
  proactiveIdeas: 'Proactive ideas',
  negotiation: 'Willing to negotiate',
};
const SignalValueSchema = z.enum(['positive', 'negative']);
export type SignalValue = z.infer<typeof SignalValueSchema>;
export const TouchSignalsSchema = z.object({
  enthusiasm: SignalValueSchema.optional(),
  proactiveIdeas: SignalValueSchema.optional(),
  negotiation: SignalValueSchema.optional(),
});
export type TouchSignals = z.infer<typeof TouchSignalsSchema>;

export const InteractionSchema = z.object({
  id: IdSchema,
  creatorId: IdSchema,
  channel: ChannelSchema,
  direction: DirectionSchema,
  kind: InteractionKindSchema,
  /** Empty when the creator asked us not to store message text. */
  summary: TextSchema(20_000).default(''),
  occurredAt: TimestampSchema,
  outreachStatusChange: OutreachStatusSchema.optional(),
  /** Qualitative signals seen in this touch (absent when none was noted). */
  signals: TouchSignalsSchema.optional(),
  /** In a team: the member who logged it (set by the team server from their token). */
  authorId: IdSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
});
export type Interaction = z.infer<typeof InteractionSchema>;

/** What a user fills in to log a touch; the repository adds ids and timestamps. */
export const NewInteractionSchema = InteractionSchema.omit({ id: true, createdAt: true, updatedAt: true });
export type NewInteraction = z.input<typeof NewInteractionSchema>;

/** The summary actually stored, honouring "do not store message text". */
export function storableSummary(summary: string, doNotStoreMessageText: boolean): string {
  return doNotStoreMessageText ? '' : summary.trim();
}
