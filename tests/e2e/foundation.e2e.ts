/**
 * The chain under everything: the built extension loads into real Chromium,
 * its service worker starts, and the side panel renders data that the worker
 * wrote to IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { SidePanelPage } from './pages/side-panel';
import { ADAPTERS } from '../../lib/platforms/registry';
import { saveScreenshot } from './harness/screenshots';

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
});
afterAll(async () => {
  await rapport?.close();
});

/** The parts of the loaded manifest the permission checks read. */
interface ManifestPart {
  permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches?: string[]; js?: string[]; run_at?: string }[];
  web_accessible_resources?: unknown;
  content_security_policy?: { extension_pages?: string };
}

describe('the extension in real Chromium', () => {
  it('loads with its service worker running', async () => {
    expect(rapport.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await rapport.worker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Rapport');
    expect(manifest.manifest_version).toBe(3);
  });

  it('asks for no more than it needs: no host permissions beyond the supported sites, no remote code, connections only over TLS or to this computer', async () => {
    const worker = await rapport.worker();
    const manifest = (await worker.evaluate(() => chrome.runtime.getManifest())) as unknown as ManifestPart;
    expect([...(manifest.permissions ?? [])].sort()).toEqual([
      'alarms',
      'contextMenus',
      'notifications',
      'scripting',
      'sidePanel',
      'storage',
      'tabs',
      'unlimitedStorage',
      'webNavigation',
    ]);
    // Host access exactly where the content scripts already run (the worker injects the profile script there after an
    // in-page navigation): the same sites, so no new install warning.
    expect(manifest.host_permissions).toEqual(ADAPTERS.flatMap((a) => a.matches));
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    // Content scripts run only on the supported sites: each site's loader on its own adapter's patterns.
    expect(manifest.content_scripts).toEqual(ADAPTERS.map((a) => ({ matches: [...a.matches], js: [`${a.id}-loader.js`], run_at: 'document_idle' })));
    // Only the overlay page can be framed by a site, and only with a per-session URL; each site's content script can
    // import its own profile half (and no other site's), also at a per-session URL.
    expect(manifest.web_accessible_resources).toEqual([
      { resources: ['overlay.html'], matches: ['<all_urls>'], use_dynamic_url: true },
      ...ADAPTERS.map((a) => ({ resources: [`${a.id}-profile.js`], matches: [...a.matches], use_dynamic_url: true })),
    ]);
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toBe(
      "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; " +
        "connect-src 'self' https: wss: http://localhost:* http://127.0.0.1:* ws://localhost:* ws://127.0.0.1:*",
    );
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*;|connect-src[^;]* http:(?!\/\/(localhost|127\.0\.0\.1))/);
    // The policy is in force: a plain-http connection to another computer (how a team token could leak) is refused
    // by the policy itself, which reports the violation (the host is reachable: a tab loads it below).
    rapport.server.serveHtml('https://www.instagram.com/csp-probe/', '<!doctype html><title>reachable</title>');
    const panel = await SidePanelPage.open(rapport);
    const probe = await panel.page.evaluate(async () => {
      const blocked: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) => blocked.push(`${e.violatedDirective} ${e.blockedURI}`));
      const plain = await fetch('http://www.instagram.com/csp-probe/', { mode: 'no-cors' }).then(
        (r) => `fetched ${r.status}`,
        (e: unknown) => `refused: ${String(e)}`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { plain, blocked };
    });
    expect(probe.plain).toMatch(/^refused: TypeError/);
    expect(probe.blocked).toEqual([expect.stringMatching(/^connect-src http:\/\/www\.instagram\.com\/csp-probe\//)]);
    // The request log (every e2e file fails at close if the extension sent anything out) sees the panel's own files;
    // the probe never shows: the policy stopped it before a request was made.
    const log = rapport.extensionRequests();
    expect(log.some((r) => r.from.endsWith('/sidepanel.html') && r.url.startsWith(`chrome-extension://${rapport.extensionId}/`))).toBe(true);
    expect(log.filter((r) => r.url.includes('csp-probe'))).toEqual([]);
    const tab = await rapport.newPage();
    await tab.goto('https://www.instagram.com/csp-probe/', { waitUntil: 'domcontentloaded' });
    expect(await tab.title()).toBe('reachable');
    await tab.close();
    await panel.page.close();
  });

  it('renders in the side panel a creator that the worker saved to IndexedDB', async () => {
    const panel = await SidePanelPage.open(rapport);
    await panel.page.waitForSelector('main');
    const response = await panel.sendToWorker('creator:save-profile', {
      profile: {
        platform: 'bluesky',
        handle: 'stephenking.bsky.social',
        profileUrl: 'https://bsky.app/profile/stephenking.bsky.social',
        displayName: 'Stephen King',
        followers: { raw: '1101177 followers', value: 1101177, exact: true, source: 'json-ld' },
      },
    });
    expect(response).toMatchObject({ ok: true, data: { createdCreator: true } });
    // The panel hears the worker's write through the change broadcast and re-reads IndexedDB.
    await panel.waitForRow('stephenking.bsky.social');
    expect(await panel.rowHandles()).toEqual(['stephenking.bsky.social']);
    // And the data survives a reload: it came from IndexedDB, not from memory.
    await panel.page.reload();
    await panel.waitForRow('stephenking.bsky.social');
    await saveScreenshot(panel.page, 'side-panel-foundation.png');
  });

  it('refuses a malformed message with a clear error and stores nothing', async () => {
    const panel = await SidePanelPage.open(rapport);
    const response = await panel.sendToWorker('creator:save-profile', { profile: { platform: 'myspace', handle: '' } });
    expect(response).toMatchObject({ ok: false });
    expect(String((response as { error: string }).error)).toMatch(/Invalid creator:save-profile request/);
  });
});
