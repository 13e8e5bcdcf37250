/**
 * The content scripts on real saved pages under the real host names: which
 * pages get an overlay and what the adapters read there, client-side
 * navigation between profiles (with stale embedded data), isolation from the
 * host page (styles, layout, notes), and surviving an extension reload.
 * "No errors" means no console error/warning or uncaught error whose source is
 * Rapport (an extension URL, or a message naming Rapport): the saved pages'
 * own scripts and assets fail to load locally, and those errors are not ours.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page, WebWorker } from 'puppeteer-core';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { OverlayPage, collectRapportErrors } from './pages/overlay';

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
});
afterAll(async () => {
  await rapport?.close();
});

async function open(url: string): Promise<{ page: Page; overlay: OverlayPage; errors: string[] }> {
  const page = await rapport.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  const errors = collectRapportErrors(page);
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, overlay: new OverlayPage(page), errors };
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function shown(frame: Frame) {
  return frame.evaluate(() => {
    const q = (id: string) => document.querySelector(`[data-testid="${id}"]`);
    return {
      handle: q('overlay-handle')?.textContent ?? '',
      name: q('overlay-name')?.textContent ?? '',
      followers: Number(q('overlay-followers')?.getAttribute('data-value') ?? NaN),
      source: q('overlay-followers')?.getAttribute('data-source') ?? null,
    };
  });
}

/**
 * Raw IndexedDB access from the worker, to check what was stored without going through Rapport's code.
 * (Each helper is a plain function: extension pages forbid eval, so no code strings.)
 */
const countCreators = (worker: WebWorker) =>
  worker.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const count = db.transaction('creators').objectStore('creators').count();
          count.onsuccess = () => {
            db.close();
            resolve(count.result);
          };
          count.onerror = () => reject(count.error);
        };
      }),
  );

/** Follower snapshot values of a stored account; with `replace`, first overwrites them. */
const snapshots = (worker: WebWorker, platform: string, handle: string, replace?: { at: number; value: number }[]) =>
  worker.evaluate(
    (p, h, r) =>
      new Promise<number[]>((resolve, reject) => {
        const open = indexedDB.open('rapport');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const store = db.transaction('accounts', r ? 'readwrite' : 'readonly').objectStore('accounts');
          const get = store.index('by-platform-handle').get([p, h]);
          get.onerror = () => reject(get.error);
          get.onsuccess = () => {
            const account = get.result as { followerSnapshots: { at: number; raw: string; value: number; exact: boolean }[] };
            if (r) {
              account.followerSnapshots = r.map((x) => ({ ...x, raw: String(x.value), exact: true }));
              store.put(account);
            }
            store.transaction.oncomplete = () => {
              db.close();
              resolve(account.followerSnapshots.map((x) => x.value));
            };
          };
        };
      }),
    platform,
    handle,
    replace ?? null,
  );

const PROFILES = [
  {
    url: 'https://www.instagram.com/pluto__travel/',
    fixture: 'instagram/metascraper-pluto__travel-2025.html',
    handle: 'pluto__travel',
    name: 'Pluto',
    followers: 2362,
  },
  { url: 'https://www.tiktok.com/@illojuan', fixture: 'tiktok/metascraper-illojuan-2025.html', handle: 'illojuan', name: 'IlloJuan', followers: 783_427 },
  { url: 'https://x.com/Kikobeats', fixture: 'x/metascraper-Kikobeats-rendered-2025.html', handle: 'kikobeats', name: 'Kiko Beats', followers: 3893 },
  {
    url: 'https://bsky.app/profile/stephenking.bsky.social',
    fixture: 'bluesky/metascraper-stephenking-2026.html',
    handle: 'stephenking.bsky.social',
    name: 'Stephen King',
    followers: 1_101_177,
  },
  {
    url: 'https://www.youtube.com/@OneMedia.',
    fixture: 'youtube/metascraper-ONEMedia-channel-2024.html',
    handle: 'onemedia.',
    name: 'ONE Media',
    followers: 4_690_000,
  },
  {
    url: 'https://www.snapchat.com/@teddysdaytoday',
    fixture: 'snapchat/unavatar-teddysdaytoday-es.html',
    handle: 'teddysdaytoday',
    name: 'Ed Sheeran',
    followers: 1_961_900,
  },
  { url: 'https://www.threads.net/@joyqiuu', fixture: 'threads/discourse-joyqiuu-2023-head-excerpt.html', handle: 'joyqiuu', name: 'Joy Qiu', followers: 2000 },
];

describe('real saved profile pages', () => {
  for (const p of PROFILES) {
    it(`${new URL(p.url).hostname}: one overlay with the handle, name and follower count the page shows`, async () => {
      rapport.server.servePage(p.url, p.fixture);
      const { page, overlay, errors } = await open(p.url);
      await overlay.waitForHandle(p.handle);
      const s = await shown(await overlay.waitForFrame());
      console.log(`read ${p.url}: ${JSON.stringify(s)}`);
      expect(s).toMatchObject({ handle: `@${p.handle}`, name: p.name, followers: p.followers });
      expect(await overlay.hostCount()).toBe(1);
      expect(errors).toEqual([]);
      await page.close();
    });
  }

  it("works under a strict page policy: the site's CSP blocks neither the profile half's import nor the overlay frame", async () => {
    // Like the big sites' own policies: scripts only from the site (with a nonce), frames and connections only to it.
    const url = 'https://www.instagram.com/pluto__travel/';
    rapport.server.servePage(url, 'instagram/metascraper-pluto__travel-2025.html', {
      'content-security-policy': "default-src 'self'; script-src 'self' 'nonce-rapport-test'; frame-src 'self'; connect-src 'self'; object-src 'none'",
    });
    const { page, overlay, errors } = await open(url);
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    await overlay.waitForHandle('pluto__travel');
    expect(await overlay.hostCount()).toBe(1);
    expect(blocked.filter((b) => /chrome-extension:/.test(b))).toEqual([]);
    // The saved page's own scripts are what this policy blocks; nothing of Rapport's may be among the errors.
    expect(errors.filter((e) => !/Content Security Policy/.test(e) || /chrome-extension:/.test(e))).toEqual([]);
    await page.close();
  });

  it('shows a clear "can\'t read this profile" state on a page the adapter cannot read, and saves nothing', async () => {
    // Twitch serves a generic shell (og:title "Twitch", no channel data) until its app renders.
    rapport.server.servePage('https://www.twitch.tv/twit', 'twitch/embed-twit-served-shell-2021.html');
    const { page, overlay, errors } = await open('https://www.twitch.tv/twit');
    const frame = await overlay.waitForFrame();
    await frame.waitForSelector('[data-testid="overlay-unreadable"]', { timeout: 15_000 });
    expect(await overlay.text('overlay-handle')).toBe('@twit');
    expect((await overlay.text('overlay-unreadable-reason')).length).toBeGreaterThan(5);
    expect(await frame.$('[data-testid="overlay-save"]')).toBeNull();
    expect(await countCreators(await rapport.worker())).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('pages that are not profiles', () => {
  it('get no overlay: a Twitch clip page, Instagram explore, a site Rapport does not support', async () => {
    const pages: [string, string | null][] = [
      ['https://www.twitch.tv/somechannel/clip/ElegantClip', 'twitch/metascraper-clip-page-rendered-2023-NOT-PROFILE.html'],
      ['https://clips.twitch.tv/ElegantClip', 'twitch/metascraper-clip-page-rendered-2023-NOT-PROFILE.html'],
      ['https://www.instagram.com/explore/', 'instagram/metascraper-pluto__travel-2025.html'],
      ['https://www.example.org/pluto__travel/', null],
    ];
    for (const [url, fixture] of pages) {
      if (fixture) rapport.server.servePage(url, fixture);
      else rapport.server.serveHtml(url, '<!doctype html><title>Example</title><p>Not a social site</p>');
      const page = await rapport.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const errors = collectRapportErrors(page);
      // Off profiles only the URL-matching loader runs: the profile half is not even fetched.
      const profileScripts: string[] = [];
      page.on('request', (request) => {
        // Chromium redirects the per-session (dynamic) URL to the extension's own: count the first request only.
        if (/-profile\.js$/.test(request.url()) && request.redirectChain().length === 0) profileScripts.push(new URL(request.url()).pathname);
      });
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const overlay = new OverlayPage(page);
      await pause(1200);
      expect({ url, hosts: await overlay.hostCount(), frame: overlay.frame() !== undefined, profileScripts }).toEqual({
        url,
        hosts: 0,
        frame: false,
        profileScripts: [],
      });
      expect(errors).toEqual([]);
      if (url.includes('/explore/')) {
        // The loader looked once and stopped; an in-page navigation to a profile is seen by the worker, which injects the
        // profile script (no fetch by the page: the browser hands it over), and that mounts the overlay.
        await page.evaluate(() => history.pushState(null, '', '/pluto__travel/'));
        await overlay.waitForHandle('pluto__travel');
        expect(await overlay.hostCount()).toBe(1);
        expect(profileScripts).toEqual([]);
        // Away and back: the running copy follows both navigations itself, and the worker's second injection starts no other.
        await page.evaluate(() => history.pushState(null, '', '/explore/'));
        await page.waitForFunction(() => document.querySelectorAll('rapport-overlay').length === 0, { timeout: 5_000 });
        await page.evaluate(() => history.pushState(null, '', '/pluto__travel/'));
        await overlay.waitForHandle('pluto__travel');
        await pause(500);
        expect(await overlay.hostCount()).toBe(1);
      }
      await page.close();
    }
  });
});

/** A Bluesky-like single-page app: profile A, then B rendered client-side while A's JSON-LD stays in <head>. */
function spaShell(extraCss = ''): string {
  const header = (handle: string, name: string, followers: number, bio: string) =>
    `<main id="app"><h2 data-testid="profileHeaderDisplayName">${name}</h2>` +
    `<a data-testid="profileHeaderFollowersButton" href="/profile/${handle}/followers" aria-label="${followers} followers">${followers} followers</a>` +
    `<p data-testid="profileHeaderDescription">${bio}</p><section class="feed"><article>Post one</article><article>Post two</article></section></main>`;
  const staleLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    mainEntity: {
      '@type': 'Person',
      name: 'Alice Stale',
      alternateName: '@alice.example.com',
      interactionStatistic: [{ '@type': 'InteractionCounter', interactionType: 'https://schema.org/FollowAction', userInteractionCount: 111 }],
    },
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Alice Stale (@alice.example.com) — Bluesky</title>
<meta property="profile:username" content="alice.example.com">
<script type="application/ld+json">${staleLd}</script>
<style>
  * { box-sizing: content-box; margin: 2px; font-family: serif; }
  body > * { outline: 1px solid rgb(200, 0, 0); padding: 5px; }
  html > * { background-color: rgb(250, 250, 240); }
  iframe { border: 12px solid red !important; width: 600px !important; height: 600px !important; }
  rapport-overlay, rapport-overlay * { display: none !important; opacity: 0 !important; }
  div, section, article { position: relative; }
  ${extraCss}
</style></head>
<body>${header('alice.example.com', 'Alice Stale', 111, 'Alice writes about boats')}
<footer id="foot">Footer</footer>
<script>
  // Snapshot the page's own layout and styles before any content script runs (document_idle comes later).
  function snapshot() {
    return [...document.querySelectorAll('body, body *')].filter((e) => e.tagName !== 'SCRIPT').map((e) => {
      const r = e.getBoundingClientRect(); const cs = getComputedStyle(e);
      return [e.tagName, e.id, Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height), cs.color, cs.backgroundColor, cs.margin, cs.padding, cs.outline, cs.fontFamily, cs.fontSize, cs.display].join('|');
    });
  }
  window.__before = snapshot();
  window.__snapshot = snapshot;
  window.__toBob = () => {
    history.pushState(null, '', '/profile/bob.example.com');
    setTimeout(() => { document.getElementById('app').outerHTML = ${JSON.stringify(header('bob.example.com', 'Bob Fresh', 222, 'Bob bakes bread'))}; }, 300);
  };
  window.__leave = () => {
    history.pushState(null, '', '/search?q=bread');
    document.getElementById('app').replaceChildren(Object.assign(document.createElement('p'), { textContent: 'Search results' }));
  };
</script></body></html>`;
}

describe('client-side navigation on a single-page app', () => {
  it("shows B's data (never A's) after navigating from A to B, keeps one overlay, and removes it off profiles", async () => {
    rapport.server.serveHtml('https://bsky.app/profile/alice.example.com', spaShell());
    const { page, overlay, errors } = await open('https://bsky.app/profile/alice.example.com');
    await overlay.waitForHandle('alice.example.com');
    const frame = await overlay.waitForFrame();
    expect(await shown(frame)).toMatchObject({ handle: '@alice.example.com', name: 'Alice Stale', followers: 111 });

    // Record every state the card goes through from here on.
    await frame.evaluate(() => {
      const w = window as unknown as { __seen: string[] };
      w.__seen = [];
      const root = document.getElementById('root')!;
      new MutationObserver(() => w.__seen.push(root.textContent ?? '')).observe(root, { subtree: true, childList: true, characterData: true });
    });
    await page.evaluate(() => (window as unknown as { __toBob(): void }).__toBob());
    await overlay.waitForHandle('bob.example.com');
    const bob = await shown(frame);
    expect(bob).toMatchObject({ handle: '@bob.example.com', name: 'Bob Fresh', followers: 222 });
    const seen = await frame.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
    const bobStates = seen.filter((t) => t.includes('@bob.example.com'));
    expect(bobStates.length).toBeGreaterThan(0);
    expect(bobStates.filter((t) => /Alice|111/.test(t))).toEqual([]);
    expect(await overlay.hostCount()).toBe(1);

    await page.evaluate(() => (window as unknown as { __leave(): void }).__leave());
    await page.waitForFunction(() => document.querySelectorAll('rapport-overlay').length === 0, { timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('isolation from the host page', () => {
  const url = 'https://bsky.app/profile/alice.example.com';
  const SECRET = 'SECRET-fit-note-7731';

  it("leaves the host page's layout and styles unchanged, and page CSS cannot hide or restyle the overlay", async () => {
    rapport.server.serveHtml(url, spaShell());
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('alice.example.com');
    const { before, after, bodyLast } = await page.evaluate(() => {
      const w = window as unknown as { __before: string[]; __snapshot(): string[] };
      return { before: w.__before, after: w.__snapshot(), bodyLast: document.body.lastElementChild?.tagName };
    });
    expect(after).toEqual(before);
    expect(bodyLast).toBe('SCRIPT');
    // The host sits outside <body>, fixed in the corner, visible despite `display: none !important` rules.
    const box = await overlay.hostBox();
    expect(box).not.toBeNull();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.width).toBeLessThanOrEqual(340);
    expect(Math.round(box!.right)).toBe(16);
    expect(Math.round(box!.bottom)).toBe(16);
    expect(await page.evaluate(() => document.querySelector('rapport-overlay')?.parentElement?.tagName)).toBe('HTML');
    expect(errors).toEqual([]);
    await page.close();
  });

  it("gives a page script that searches the whole DOM no way to read the creator's notes", async () => {
    rapport.server.serveHtml(url, spaShell());
    const { page, overlay } = await open(url);
    await overlay.waitForHandle('alice.example.com');
    await overlay.save();
    await overlay.setFitNotes(SECRET);

    const found = await page.evaluate((secret) => {
      const hits: string[] = [];
      const look = (where: string, text: string | null | undefined) => {
        if (text?.includes(secret)) hits.push(where);
      };
      look('outerHTML', document.documentElement.outerHTML);
      const visit = (root: Document | ShadowRoot, path: string) => {
        for (const el of root.querySelectorAll('*')) {
          look(`${path} ${el.tagName} text`, el.textContent);
          for (const a of el.getAttributeNames()) look(`${path} ${el.tagName}@${a}`, el.getAttribute(a));
          if (el.shadowRoot) visit(el.shadowRoot, `${path} ${el.tagName}#shadow`);
          if (el instanceof HTMLIFrameElement) {
            try {
              visit(el.contentDocument!, `${path} iframe`);
            } catch {
              // cross-origin: unreadable, as intended
            }
          }
        }
      };
      visit(document, 'document');
      for (let i = 0; i < window.frames.length; i++) {
        try {
          look(`frames[${i}]`, window.frames[i]!.document.documentElement.outerHTML);
        } catch {
          // cross-origin
        }
      }
      const host = document.querySelector('rapport-overlay') as HTMLElement | null;
      return { hits, hostShadowRoot: host?.shadowRoot ?? null, frames: window.frames.length };
    }, SECRET);
    // The frame sits in a closed shadow tree, so it is not even listed in window.frames.
    expect(found).toEqual({ hits: [], hostShadowRoot: null, frames: 0 });
    // The notes are really there, in the extension's own frame.
    expect(await overlay.fitNotes()).toBe(SECRET);
    await page.close();
  });
});

describe('follower history', () => {
  it('stores a snapshot on each visit (at most one a day) and shows the change since the last visit', async () => {
    const url = 'https://bsky.app/profile/stephenking.bsky.social';
    rapport.server.servePage(url, 'bluesky/metascraper-stephenking-2026.html');
    const { page, overlay } = await open(url);
    await overlay.waitForHandle('stephenking.bsky.social');
    if (!(await overlay.isSaved())) await overlay.save();
    const worker = await rapport.worker();
    // Pretend the last visit was three days ago, with fewer followers.
    await snapshots(worker, 'bluesky', 'stephenking.bsky.social', [{ at: Date.now() - 3 * 86_400_000, value: 1_100_000 }]);
    await page.reload({ waitUntil: 'domcontentloaded' });
    await overlay.waitForHandle('stephenking.bsky.social');
    const frame = await overlay.waitForFrame();
    const change = await frame.waitForSelector('[data-testid="overlay-follower-change"]', { timeout: 15_000 });
    expect(await change!.evaluate((e) => [e.getAttribute('data-delta'), e.textContent])).toEqual(['1177', '+1,177 since 3 days ago']);
    const readSnapshots = () => snapshots(worker, 'bluesky', 'stephenking.bsky.social');
    await expect.poll(readSnapshots, { timeout: 10_000 }).toEqual([1_100_000, 1_101_177]);
    // A second visit the same day adds nothing.
    await page.reload({ waitUntil: 'domcontentloaded' });
    await overlay.waitForHandle('stephenking.bsky.social');
    await pause(500);
    expect(await readSnapshots()).toEqual([1_100_000, 1_101_177]);
    await page.close();
  });
});

// Last: reloading the extension replaces its worker and orphans the content scripts on open pages.
describe('an extension reload under an open page', () => {
  it('removes the old overlay and leaves the page working without errors', async () => {
    const url = 'https://bsky.app/profile/alice.example.com';
    rapport.server.serveHtml(url, spaShell());
    const { page, overlay, errors } = await open(url);
    await overlay.waitForHandle('alice.example.com');
    const worker = await rapport.worker();
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForFunction(() => document.querySelectorAll('rapport-overlay').length === 0, { timeout: 15_000 });
    // The orphaned script must not throw when the page keeps navigating.
    await page.evaluate(() => (window as unknown as { __toBob(): void }).__toBob());
    await pause(1500);
    await page.evaluate(() => (window as unknown as { __leave(): void }).__leave());
    await pause(300);
    expect(await overlay.hostCount()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
