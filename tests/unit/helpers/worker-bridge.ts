/**
 * Unit tests of views that ask the worker for a quick action: the fake browser's
 * sendMessage only knows callback listeners, so this hands each message to the
 * real worker handlers (as our own extension's sender), through the real protocol.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { handleBackgroundMessage } from '../../../lib/messaging/background-server';

export function bridgeMessagesToWorker() {
  return vi
    .spyOn(fakeBrowser.runtime, 'sendMessage')
    .mockImplementation(((message: unknown) => handleBackgroundMessage(backgroundHandlers, message, { id: fakeBrowser.runtime.id })) as never);
}
