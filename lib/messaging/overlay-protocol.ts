/** Content script → overlay frame over the port: the profile the page shows now. */
import * as z from 'zod/mini';
import { PageProfileStateSchema } from './profile-schemas';

export const OverlayStateMessageSchema = z.object({
  type: z.literal('overlay:state'),
  state: PageProfileStateSchema,
  /** Page host, so the frame can remember collapse per site. */
  site: z.string().check(z.maxLength(300)),
});
export type OverlayStateMessage = z.infer<typeof OverlayStateMessageSchema>;
