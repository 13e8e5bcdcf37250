// @vitest-environment happy-dom
/**
 * The log-touch form against the real repositories (fake IndexedDB): Enter
 * saves, "do not store message text" is honoured, and a failed save keeps
 * what was typed (on screen and as a draft).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { deleteCreators, getCreator, listInteractions, saveScrapedProfile, updateCreator } from '../../../lib/db';
import type { Creator } from '../../../lib/domain';
import { LogTouchForm } from '../../../components/sidepanel/log-touch-form';
import { scrapedProfile } from '../db/fixtures';
import { bridgeMessagesToWorker } from '../helpers/worker-bridge';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
// The form logs through the worker's 'touch:log': the real handlers answer.
beforeEach(() => {
  bridgeMessagesToWorker();
});
afterEach(() => {
  vi.restoreAllMocks();
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  localStorage.clear();
});

async function render(creator: Creator, handlers: { onDone(): void; onCancel(): void }, channel?: 'x-dm') {
  const container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root!.render(<LogTouchForm creator={creator} {...(channel ? { channel } : {})} {...handlers} />));
  return container;
}

/** Types into a React-controlled field the way a browser does (native setter + input event). */
function type(el: HTMLTextAreaElement, value: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  setter.call(el, value);
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function until(check: () => boolean | Promise<boolean>): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await act(async () => new Promise((r) => setTimeout(r, 10)));
  }
  throw new Error('condition not met');
}

async function savedCreator(): Promise<Creator> {
  return (await saveScrapedProfile(scrapedProfile())).creator;
}

describe('the log-touch form', () => {
  it('focuses the summary, prefills the DM channel, and saves on Enter', async () => {
    const creator = await savedCreator();
    const onDone = vi.fn();
    const view = await render(creator, { onDone, onCancel: vi.fn() });
    const summary = view.querySelector<HTMLTextAreaElement>('[data-testid="log-summary"]')!;
    expect(document.activeElement).toBe(summary);
    expect(view.querySelector<HTMLSelectElement>('[data-testid="log-channel"]')!.value).toBe('instagram-dm');
    await act(async () => type(summary, 'Sent the brief'));
    await act(async () => {
      summary.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await until(() => onDone.mock.calls.length === 1);
    const { records } = await listInteractions(creator.id);
    expect(records).toMatchObject([{ summary: 'Sent the brief', channel: 'instagram-dm', direction: 'outbound', kind: 'outreach' }]);
    expect((await getCreator(creator.id))?.outreachStatus).toBe('contacted');
    expect(localStorage.length).toBe(0);
  });

  it('prefills the channel of the current tab', async () => {
    const view = await render(await savedCreator(), { onDone: vi.fn(), onCancel: vi.fn() }, 'x-dm');
    expect(view.querySelector<HTMLSelectElement>('[data-testid="log-channel"]')!.value).toBe('x-dm');
  });

  it('stores only that a touch happened when the creator asked for no message text', async () => {
    const creator = await updateCreator((await savedCreator()).id, { preferences: { topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: true } });
    const onDone = vi.fn();
    const view = await render(creator, { onDone, onCancel: vi.fn() });
    const summary = view.querySelector<HTMLTextAreaElement>('[data-testid="log-summary"]')!;
    expect(summary.disabled).toBe(true);
    expect(view.textContent).toMatch(/asked that message text not be stored/);
    await act(async () => view.querySelector<HTMLButtonElement>('[data-testid="log-save"]')!.click());
    await until(() => onDone.mock.calls.length === 1);
    expect((await listInteractions(creator.id)).records.map((t) => t.summary)).toEqual(['']);
  });

  it('keeps the text on screen and as a draft when the save fails', async () => {
    const creator = await savedCreator();
    const onDone = vi.fn();
    const view = await render(creator, { onDone, onCancel: vi.fn() });
    const summary = view.querySelector<HTMLTextAreaElement>('[data-testid="log-summary"]')!;
    await act(async () => type(summary, 'Important notes from the call'));
    await deleteCreators([creator.id]);
    await act(async () => view.querySelector<HTMLButtonElement>('[data-testid="log-save"]')!.click());
    await until(() => view.querySelector('[role="alert"]') !== null);
    expect(view.querySelector('[role="alert"]')!.textContent).toMatch(/not saved \(your text is kept\).*not on the roster/);
    expect(summary.value).toBe('Important notes from the call');
    expect(onDone).not.toHaveBeenCalled();
    expect(localStorage.getItem(`rapport:touch-draft:${creator.id}`)).toContain('Important notes from the call');
  });

  it('shows the wellbeing warning before another unanswered ask, without blocking it', async () => {
    const creator = await savedCreator();
    const { logInteraction } = await import('../../../lib/db');
    const now = Date.now();
    for (const at of [now - 3 * 3_600_000, now - 2 * 3_600_000]) {
      await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'follow-up', occurredAt: at }, at);
    }
    const view = await render((await getCreator(creator.id))!, { onDone: vi.fn(), onCancel: vi.fn() });
    // A contacted creator's next outbound touch is a follow-up (the card's rule too).
    const kind = [...view.querySelectorAll('select')].find((s) => s.value === 'follow-up')!;
    expect(kind).toBeDefined();
    const pick = (value: string) =>
      act(async () => {
        Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(kind, value);
        kind.dispatchEvent(new Event('change', { bubbles: true }));
      });
    // A check-in is not an ask: no warning. A follow-up is.
    await pick('check-in');
    await act(async () => new Promise((r) => setTimeout(r, 50)));
    expect(view.querySelector('[data-testid="wellbeing-warning"]')).toBeNull();
    await pick('follow-up');
    await until(() => view.querySelector('[data-testid="wellbeing-warning"]') !== null);
    expect(view.querySelector('[data-testid="wellbeing-warning"]')!.textContent).toMatch(/2 asks in the last 7 days are still unanswered/);
    expect(view.querySelector<HTMLButtonElement>('[data-testid="log-save"]')!.disabled).toBe(false);
  });
});
