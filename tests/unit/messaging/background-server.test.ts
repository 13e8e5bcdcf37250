import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBackgroundMessage, type BackgroundHandlers } from '../../../lib/messaging/background-server';

const calls: unknown[] = [];
const handlers: BackgroundHandlers = {
  async 'panel:open'(data) {
    calls.push(data);
    return { opened: true };
  },
  async 'reminders:refresh'() {
    return { due: 3 };
  },
  async 'creator:save-profile'() {
    throw new Error('disk full');
  },
  async 'touch:log'() {
    return { interactionId: 'i1' };
  },
  async 'reminders:snooze'() {
    return { due: 0 };
  },
  async 'reminders:done'() {
    return { due: 0 };
  },
  async 'team:sync'() {
    return { inTeam: false, pushed: 0, pulled: 0 };
  },
};
const ownSender = () => ({ id: fakeBrowser.runtime.id });

describe('the background message router', () => {
  it('parses the request and answers with the handler result', async () => {
    const reply = await handleBackgroundMessage(handlers, { type: 'panel:open', data: { creatorId: 'c1' } }, ownSender());
    expect(reply).toEqual({ ok: true, data: { opened: true } });
    expect(calls).toContainEqual({ creatorId: 'c1' });
  });

  it('rejects a request that does not match its schema, with a clear error', async () => {
    const reply = await handleBackgroundMessage(handlers, { type: 'panel:open', data: { creatorId: 42 } }, ownSender());
    expect(reply).toMatchObject({ ok: false });
    expect(reply && !reply.ok && reply.error).toMatch(/^Invalid panel:open request: .*creatorId/s);
  });

  it('ignores messages that are not part of the protocol, so other listeners may answer', async () => {
    expect(await handleBackgroundMessage(handlers, { type: 'content:get-profile' }, ownSender())).toBeUndefined();
    expect(await handleBackgroundMessage(handlers, 'hello', ownSender())).toBeUndefined();
    expect(await handleBackgroundMessage(handlers, { type: 'toString', data: {} }, ownSender())).toBeUndefined();
  });

  it('refuses senders from outside the extension', async () => {
    const reply = await handleBackgroundMessage(handlers, { type: 'reminders:refresh', data: {} }, { id: 'another-extension' });
    expect(reply).toEqual({ ok: false, error: 'Unknown sender' });
  });

  it('turns a handler failure into an error answer instead of a lost promise', async () => {
    const profile = { platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats' };
    const reply = await handleBackgroundMessage(handlers, { type: 'creator:save-profile', data: { profile } }, ownSender());
    expect(reply).toEqual({ ok: false, error: 'disk full' });
  });
});
