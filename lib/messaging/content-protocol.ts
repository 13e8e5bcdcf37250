/**
 * Messages the content script receives, and the port it opens to its overlay frame.
 * Kept apart from the rest of the protocol because everything imported here
 * lands in the content script, which runs on every page of busy sites.
 */
import * as z from 'zod/mini';

/** Sent with tabs.sendMessage by the side panel or the worker. Answered with a PageProfileState. */
export const ContentRequestSchema = z.object({ type: z.literal('content:get-profile') });
export type ContentRequest = z.infer<typeof ContentRequestSchema>;

export { OVERLAY_PORT_PREFIX } from './overlay-port';

/** Frame → content script over the port: how much room the overlay needs. */
export const OverlayLayoutSchema = z.object({
  type: z.literal('overlay:layout'),
  collapsed: z.boolean(),
  width: z.number().check(z.minimum(24), z.maximum(480)),
  height: z.number().check(z.minimum(24), z.maximum(720)),
});
export type OverlayLayout = z.infer<typeof OverlayLayoutSchema>;
