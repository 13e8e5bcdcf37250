/**
 * Test doubles for what fakeBrowser does not model: extension ports, and a
 * Navigation API whose `navigate` event fires before the URL commits (as in Chromium).
 */
import type { ParseResult, PlatformAdapter, ProfileRef } from '../../../lib/platforms/types';

type Listener = (...args: unknown[]) => void;

function event() {
  const listeners = new Set<Listener>();
  return {
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    hasListener: (l: Listener) => listeners.has(l),
    fire: (...args: unknown[]) => listeners.forEach((l) => l(...args)),
  };
}

export class FakePort {
  readonly onMessage = event();
  readonly onDisconnect = event();
  readonly posted: unknown[] = [];
  disconnected = false;
  constructor(readonly name: string) {}
  postMessage(message: unknown): void {
    if (this.disconnected) throw new Error('Attempting to use a disconnected port object');
    this.posted.push(structuredClone(message));
  }
  disconnect(): void {
    this.disconnected = true;
  }
  /** The overlay frame sends something to the content script. */
  fromFrame(message: unknown): void {
    this.onMessage.fire(message, this);
  }
  /** The other end went away (no listener, frame closed, extension reloaded). */
  drop(): void {
    this.disconnected = true;
    this.onDisconnect.fire(this);
  }
  states(): unknown[] {
    return this.posted.filter((m) => (m as { type?: string }).type === 'overlay:state').map((m) => (m as { state: unknown }).state);
  }
}

/** Fires a Navigation API `navigate` event: the URL and DOM have not changed yet. */
export function firePreCommitNavigate(url: string): void {
  const navigate = Object.assign(new Event('navigate'), { destination: { url } });
  (globalThis as unknown as { navigation: EventTarget }).navigation.dispatchEvent(navigate);
}

function refFor(handle: string): ProfileRef {
  return { platform: 'instagram', handle, profileUrl: `https://www.instagram.com/${handle}/` };
}

/**
 * An adapter for a pretend site: /<handle>/ is a profile, /explore/ is not. Like the
 * real ones it only trusts DOM that names the handle in the URL.
 */
export const testAdapter: PlatformAdapter = {
  id: 'instagram',
  label: 'Instagram',
  hosts: ['instagram.com'],
  aliases: [],
  dmChannel: 'instagram-dm',
  matches: ['*://*.instagram.com/*'],
  matchProfileUrl(url) {
    const handle = /^\/([a-z0-9_.]+)\/?$/.exec(url.pathname)?.[1];
    return handle && handle !== 'explore' ? refFor(handle) : null;
  },
  parse(doc, url): ParseResult {
    const ref = testAdapter.matchProfileUrl(url);
    if (!ref) return { ok: false, ref: refFor('unknown'), reason: 'not a profile' };
    const header = doc.querySelector(`[data-profile="${ref.handle}"]`);
    if (!header) return { ok: false, ref, reason: 'the profile header is missing' };
    if (header.hasAttribute('data-explode')) throw new Error('boom');
    return { ok: true, profile: { ...ref, displayName: header.textContent ?? '' } };
  },
};

export function showProfileDom(handle: string, name: string): void {
  document.body.replaceChildren();
  const header = document.createElement('h1');
  header.dataset.profile = handle;
  header.textContent = name;
  document.body.append(header);
}
