/** Receiving side of the background protocol: one handler per message type, requests parsed with zod. */
import { browser, type Browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { BackgroundProtocol, EnvelopeSchema, type BackgroundMessageType, type BackgroundRequest, type BackgroundResponse } from './background-protocol';

export type BackgroundHandlers = {
  [K in BackgroundMessageType]: (data: BackgroundRequest<K>, sender: Browser.runtime.MessageSender) => Promise<BackgroundResponse<K>>;
};

function isBackgroundType(type: string): type is BackgroundMessageType {
  return Object.hasOwn(BackgroundProtocol, type);
}

/** Answers a message, or returns undefined when it is not a background message (others may handle it). */
export async function handleBackgroundMessage(
  handlers: BackgroundHandlers,
  message: unknown,
  sender: Browser.runtime.MessageSender,
): Promise<{ ok: true; data: unknown } | { ok: false; error: string } | undefined> {
  const envelope = EnvelopeSchema.safeParse(message);
  if (!envelope.success || !isBackgroundType(envelope.data.type)) return undefined;
  // Only our own extension's contexts may talk to the worker.
  if (sender.id !== browser.runtime.id) return { ok: false, error: 'Unknown sender' };
  const type = envelope.data.type;
  const request = BackgroundProtocol[type].request.safeParse(envelope.data.data);
  if (!request.success) return { ok: false, error: `Invalid ${type} request: ${z.prettifyError(request.error)}` };
  try {
    const handler = handlers[type] as (data: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    return { ok: true, data: await handler(request.data, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Registers the handlers on runtime.onMessage. Call once, synchronously, when the worker starts. */
export function listenForBackgroundMessages(handlers: BackgroundHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    // Returning undefined (not a promise) leaves messages that are not ours to other listeners.
    const envelope = EnvelopeSchema.safeParse(message);
    if (!envelope.success || !isBackgroundType(envelope.data.type)) return undefined;
    return handleBackgroundMessage(handlers, message, sender);
  });
}
