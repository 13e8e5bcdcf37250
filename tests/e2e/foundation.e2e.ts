/**
 * The chain under everything: the built extension loads into real Chromium,
 * its service worker starts, and the side panel renders data that the worker
 * wrote to IndexedDB.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchRapport, type RapportBrowser } from './harness/launch';
import { SidePanelPage } from './pages/side-panel';
import { saveScreenshot } from './harness/screenshots';

let rapport: RapportBrowser;

beforeAll(async () => {
  rapport = await launchRapport();
});
afterAll(async () => {
  await rapport?.close();
});

describe('the extension in real Chromium', () => {
  it('loads with its service worker running', async () => {
    expect(rapport.extensionId).toMatch(/^[a-p]{32}$/);
    const worker = await rapport.worker();
    const manifest = await worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.name).toBe('Rapport');
    expect(manifest.manifest_version).toBe(3);
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
