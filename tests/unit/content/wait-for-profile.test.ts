// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { waitForProfile } from '../../../lib/content/wait-for-profile';
import { showProfileDom, testAdapter } from './fake-extension';

const url = new URL('https://www.instagram.com/bob/');
const ref = { platform: 'instagram' as const, handle: 'bob', profileUrl: 'https://www.instagram.com/bob/' };

afterEach(() => document.body.replaceChildren());

describe('waiting for the profile DOM', () => {
  it('resolves at once when the page already shows the profile', async () => {
    showProfileDom('bob', 'Bob');
    const result = await waitForProfile(testAdapter, ref, url, new AbortController().signal);
    expect(result).toMatchObject({ ok: true, profile: { handle: 'bob', displayName: 'Bob' } });
  });

  it("ignores another profile's DOM and resolves soon after this one renders", async () => {
    showProfileDom('alice', 'Alice');
    const started = performance.now();
    const pending = waitForProfile(testAdapter, ref, url, new AbortController().signal);
    setTimeout(() => showProfileDom('bob', 'Bob'), 60);
    const result = await pending;
    expect(result).toMatchObject({ ok: true, profile: { handle: 'bob', displayName: 'Bob' } });
    // The first mutation is parsed after a short settle, not after a long throttle.
    expect(performance.now() - started).toBeLessThan(60 + 250);
  });

  it('gives up after the limit with the reason the adapter gave', async () => {
    showProfileDom('alice', 'Alice');
    const result = await waitForProfile(testAdapter, ref, url, new AbortController().signal, 150);
    expect(result).toEqual({ ok: false, ref, reason: 'the profile header is missing' });
  });

  it('stops when the navigation is superseded', async () => {
    const controller = new AbortController();
    const pending = waitForProfile(testAdapter, ref, url, controller.signal);
    controller.abort();
    await expect(pending).resolves.toMatchObject({ ok: false });
  });

  it('turns an adapter crash into an unreadable result instead of an error on the page', async () => {
    showProfileDom('bob', 'Bob');
    document.querySelector('h1')?.setAttribute('data-explode', '');
    const result = await waitForProfile(testAdapter, ref, url, new AbortController().signal);
    expect(result).toEqual({ ok: false, ref, reason: 'the page could not be read (boom)' });
  });
});
