/**
 * Thousands of malformed and unexpected messages against the worker's real
 * handlers and the content script's guards: nothing crashes, nothing is
 * written, and every refusal says why.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { countCreators, listDueItems, readAllData } from '../../../lib/db';
import { backgroundHandlers } from '../../../lib/background/handlers';
import { handleBackgroundMessage } from '../../../lib/messaging/background-server';
import { BackgroundProtocol, type BackgroundMessageType } from '../../../lib/messaging/background-protocol';
import { isContentRequest, parseOverlayLayout } from '../../../lib/messaging/content-guards';

const TYPES = Object.keys(BackgroundProtocol) as BackgroundMessageType[];

/** The tab a content script's messages come from, as Chrome describes it. */
const CONTENT_TAB = {
  id: 7,
  index: 0,
  windowId: 1,
  highlighted: false,
  active: true,
  pinned: false,
  incognito: false,
  frozen: false,
  selected: false,
  discarded: false,
  autoDiscardable: true,
  groupId: -1,
  lastAccessed: 0,
};
/** Messages that would change data if they were valid. */
const WRITES: readonly BackgroundMessageType[] = ['touch:log', 'creator:save-profile', 'reminders:snooze', 'reminders:done'];

/** Anything at all, envelopes with a real type and junk data, and near-misses of real requests. */
const message = fc.oneof(
  fc.anything(),
  fc.record({ type: fc.constantFrom(...TYPES), data: fc.anything() }),
  fc.record({
    type: fc.constantFrom(...WRITES),
    data: fc.record({
      creatorId: fc.oneof(fc.string(), fc.integer()),
      channel: fc.string(),
      direction: fc.string(),
      kind: fc.string(),
      occurredAt: fc.oneof(fc.double(), fc.string()),
    }),
  }),
  fc.record({
    type: fc.constant('creator:save-profile'),
    data: fc.record({
      profile: fc.record({
        platform: fc.string(),
        handle: fc.string({ maxLength: 400 }),
        profileUrl: fc.oneof(fc.constant('javascript:alert(1)'), fc.webUrl(), fc.string()),
      }),
    }),
  }),
  fc.record({ type: fc.string(), data: fc.anything() }),
);

async function nothingWritten(): Promise<void> {
  expect(await countCreators()).toBe(0);
  const { data } = await readAllData();
  expect([data.accounts.length, data.interactions.length, data.collaborations.length, data.reminders.length, data.templates.length]).toEqual([0, 0, 0, 0, 0]);
}

describe('the worker under a storm of bad messages', () => {
  it('answers every message from its own content scripts and pages without throwing, refuses malformed requests in words, and writes nothing', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(message, fc.boolean(), async (m, fromContentScript) => {
        // An extension page's sender, or a content script's (which also names its tab and page).
        const sender = fromContentScript
          ? {
              id: fakeBrowser.runtime.id,
              tab: CONTENT_TAB,
              url: 'https://www.instagram.com/pluto__travel/',
            }
          : { id: fakeBrowser.runtime.id, url: `chrome-extension://${fakeBrowser.runtime.id}/sidepanel.html` };
        const reply = await handleBackgroundMessage(backgroundHandlers, m, sender);
        if (reply === undefined) return; // not ours: left for other listeners
        expect(reply).toEqual(expect.objectContaining({ ok: expect.any(Boolean) }));
        if (!reply.ok) {
          refused++;
          expect(typeof reply.error).toBe('string');
          expect(reply.error.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 3000, seed: 20261204 },
    );
    expect(refused).toBeGreaterThan(1000);
    await nothingWritten();
    expect((await listDueItems(Date.now())).records).toEqual([]);
  });

  it('refuses even valid requests from another extension, before reading them', async () => {
    const valid = {
      type: 'creator:save-profile',
      data: { profile: { platform: 'instagram', handle: 'pluto__travel', profileUrl: 'https://www.instagram.com/pluto__travel/' } },
    };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(valid), message), fc.oneof(fc.constant(undefined), fc.string(), fc.constant('')), async (m, id) => {
        const reply = await handleBackgroundMessage(backgroundHandlers, m, id === undefined ? {} : { id });
        if (reply !== undefined) expect(reply).toEqual({ ok: false, error: 'Unknown sender' });
      }),
      { numRuns: 1000, seed: 7 },
    );
    await nothingWritten();
  });

  it('names the field that is wrong in a malformed write', async () => {
    const reply = await handleBackgroundMessage(
      backgroundHandlers,
      { type: 'touch:log', data: { creatorId: 'c1', channel: 'pigeon', direction: 'outbound', kind: 'outreach', occurredAt: 1 } },
      { id: fakeBrowser.runtime.id },
    );
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Invalid touch:log request:[\s\S]*channel/) });
    await nothingWritten();
  });
});

describe("the content script's guards under the same storm", () => {
  it('never throw and accept only the two exact shapes', () => {
    // The shapes themselves pass (so a refusal below means something).
    expect(isContentRequest({ type: 'content:get-profile' })).toBe(true);
    expect(parseOverlayLayout({ type: 'overlay:layout', collapsed: false, width: 320, height: 400 })).toEqual({ collapsed: false, width: 320, height: 400 });
    fc.assert(
      fc.property(fc.record({ type: fc.constant('overlay:layout'), collapsed: fc.anything(), width: fc.anything(), height: fc.anything() }), (value) => {
        const layout = parseOverlayLayout(value);
        if (layout) expect(typeof value.collapsed === 'boolean' && typeof value.width === 'number' && value.width >= 24 && value.width <= 480).toBe(true);
      }),
      { numRuns: 2000, seed: 12 },
    );
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const request = isContentRequest(value);
        if (request) expect(value).toEqual({ type: 'content:get-profile' });
        const layout = parseOverlayLayout(value);
        if (layout) expect(value).toEqual(expect.objectContaining({ type: 'overlay:layout' }));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });
});
