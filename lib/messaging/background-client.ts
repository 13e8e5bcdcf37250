/** Sending side of the background protocol (side panel, overlay frame). */
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { BackgroundProtocol, ResponseEnvelopeSchema, type BackgroundMessageType, type BackgroundRequest, type BackgroundResponse } from './background-protocol';

export class MessagingError extends Error {
  override name = 'MessagingError';
}

export async function sendToBackground<K extends BackgroundMessageType>(type: K, data: BackgroundRequest<K>): Promise<BackgroundResponse<K>> {
  const raw: unknown = await browser.runtime.sendMessage({ type, data });
  const envelope = ResponseEnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new MessagingError(`Malformed response to ${type}: ${z.prettifyError(envelope.error)}`);
  if (!envelope.data.ok) throw new MessagingError(`${type} failed: ${envelope.data.error}`);
  const parsed = BackgroundProtocol[type].response.safeParse(envelope.data.data);
  if (!parsed.success) throw new MessagingError(`Unexpected response to ${type}: ${z.prettifyError(parsed.error)}`);
  return parsed.data as BackgroundResponse<K>;
}
