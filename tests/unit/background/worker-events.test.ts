/**
 * The worker's event wiring with the fake browser: alarms (re)created
 * idempotently, an alarm runs the scan, digest buttons, the context menu and
 * the keyboard commands.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { closeRapportDb, findCreatorByAccount, getCreator, listDueItems, logInteraction, saveScrapedProfile, updateCreator } from '../../../lib/db';
import { startBackground } from '../../../lib/background/start';
import { CADENCE_ALARM, SCAN_PERIOD_MINUTES, ensureAlarms } from '../../../lib/background/alarms';
import { DIGEST_NOTIFICATION_ID } from '../../../lib/background/digest';
import { SAVE_LINK_MENU, SAVE_PAGE_MENU, createContextMenus, handleContextMenuClick } from '../../../lib/background/context-menu';
import { handleCommand } from '../../../lib/background/commands';
import { getPanelFocus } from '../../../lib/background/panel-focus';
import { PROBLEM_NOTIFICATION_ID } from '../../../lib/background/problems';
import { matchProfile } from '../../../lib/platforms/registry';
import type { PageProfileState } from '../../../lib/messaging/profile-schemas';
import { scrapedProfile } from '../db/fixtures';
import { openDatabaseNamed } from '../../../lib/db/open';

type Listener = (...args: never[]) => unknown;
/** The fake browser has no contextMenus/commands events: stand-ins that keep the listeners. */
/** The page's answer to tabs.sendMessage (typed `void` by the API types; it is whatever the content script returns). */
const answer = (value: unknown) => value as never;
function fakeEvent() {
  const listeners: Listener[] = [];
  return { listeners, addListener: (l: Listener) => void listeners.push(l) };
}

let openPanel: ReturnType<typeof vi.fn>;
let menuCreate: ReturnType<typeof vi.fn>;

beforeEach(() => {
  openPanel = vi.fn(async () => undefined);
  menuCreate = vi.fn();
  Object.assign(fakeBrowser.sidePanel, { open: openPanel, setPanelBehavior: vi.fn(async () => undefined) });
  Object.assign(fakeBrowser.contextMenus, { create: menuCreate, removeAll: vi.fn(async () => undefined), onClicked: fakeEvent() });
  Object.assign(fakeBrowser.commands, { onCommand: fakeEvent() });
});

async function dueCreator(handle = 'ana'): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile({ handle, displayName: handle }), { now: Date.now() - 40 * 86_400_000 });
  await updateCreator(creator.id, { segment: 'strategic-partner' });
  return creator.id;
}

describe('alarms', () => {
  it('creates the periodic cadence alarm once, however often the worker starts', async () => {
    await ensureAlarms();
    const first = await fakeBrowser.alarms.getAll();
    await ensureAlarms();
    expect(await fakeBrowser.alarms.getAll()).toEqual(first);
    expect(first).toEqual([expect.objectContaining({ name: CADENCE_ALARM, periodInMinutes: SCAN_PERIOD_MINUTES })]);
  });

  it('keeps the first run of a pending one-shot alarm (a test hook) and adds the period', async () => {
    const soon = Date.now() + 3000;
    await fakeBrowser.alarms.create(CADENCE_ALARM, { when: soon });
    await ensureAlarms();
    expect(await fakeBrowser.alarms.get(CADENCE_ALARM)).toMatchObject({ scheduledTime: soon, periodInMinutes: SCAN_PERIOD_MINUTES });
  });

  it('a due alarm wakes the scan, which sets the badge and shows the digest, and re-arms the alarm', async () => {
    await dueCreator();
    startBackground();
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.alarms.onAlarm.trigger({ name: CADENCE_ALARM, scheduledTime: Date.now(), persistAcrossSessions: true });
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe('1'));
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get(CADENCE_ALARM)).toBeDefined());
    expect(fakeBrowser.notifications.getAllCreateOptions()[DIGEST_NOTIFICATION_ID]).toBeDefined();
  });

  it('at browser startup, deletes a database that a restore replaced but could not finish deleting', async () => {
    const id = await dueCreator();
    // What a restore whose page closed mid-deletion leaves behind: the pointer on its database, the old one still there.
    const { db: restored } = await openDatabaseNamed('rapport.mabc12-x1y2z3');
    restored.close();
    await fakeBrowser.storage.local.set({ 'rapport:database': 'rapport.mabc12-x1y2z3' });
    await closeRapportDb();
    startBackground();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect((await indexedDB.databases()).map((d) => d.name)).toEqual(['rapport.mabc12-x1y2z3']));
    expect(await getCreator(id)).toBeUndefined();
  });

  it('after the scan, re-scores the stale health of creators who are due', async () => {
    const id = await dueCreator();
    const longAgo = Date.now() - 40 * 86_400_000;
    await logInteraction({ creatorId: id, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: longAgo }, longAgo);
    expect((await getCreator(id))?.health?.computedAt).toBe(longAgo);
    startBackground();
    const fired = Date.now();
    await fakeBrowser.alarms.onAlarm.trigger({ name: CADENCE_ALARM, scheduledTime: fired, persistAcrossSessions: true });
    await vi.waitFor(async () => expect((await getCreator(id))?.health?.computedAt).toBeGreaterThanOrEqual(fired));
  });
});

describe('digest buttons', () => {
  it('"Open due list" opens the panel in the current window on the due list', async () => {
    startBackground();
    await fakeBrowser.notifications.onButtonClicked.trigger(DIGEST_NOTIFICATION_ID, 0);
    await vi.waitFor(async () => expect((await getPanelFocus())?.view).toBe('due'));
    expect(openPanel).toHaveBeenCalledWith({ windowId: fakeBrowser.windows.WINDOW_ID_CURRENT });
  });

  it('opens the panel page in a tab when Chrome refuses to open the side panel', async () => {
    openPanel.mockRejectedValue(new Error('`sidePanel.open()` may only be called in response to a user gesture.'));
    startBackground();
    await fakeBrowser.notifications.onButtonClicked.trigger(DIGEST_NOTIFICATION_ID, 0);
    await vi.waitFor(async () => expect((await fakeBrowser.tabs.query({})).some((t) => t.url?.endsWith('/sidepanel.html'))).toBe(true));
  });

  it('"Snooze 1 day" snoozes everything due and clears the badge', async () => {
    await dueCreator('ana');
    await dueCreator('bo');
    startBackground();
    await fakeBrowser.notifications.onButtonClicked.trigger(DIGEST_NOTIFICATION_ID, 1);
    await vi.waitFor(async () => expect((await listDueItems(Date.now())).records).toEqual([]));
    await vi.waitFor(async () => expect(await fakeBrowser.action.getBadgeText({})).toBe(''));
    expect((await listDueItems(Date.now() + 86_400_000 + 1)).records).toHaveLength(2);
  });
});

describe('the context menu', () => {
  it('is created with explicit ids on the supported sites only, for pages and for links', async () => {
    await createContextMenus(['*://*.instagram.com/*', '*://*.instagram.com/*', '*://x.com/*']);
    expect(menuCreate).toHaveBeenCalledWith(
      expect.objectContaining({ id: SAVE_PAGE_MENU, contexts: ['page'], documentUrlPatterns: ['*://*.instagram.com/*', '*://x.com/*'] }),
    );
    expect(menuCreate).toHaveBeenCalledWith(
      expect.objectContaining({ id: SAVE_LINK_MENU, contexts: ['link'], targetUrlPatterns: ['*://*.instagram.com/*', '*://x.com/*'] }),
    );
  });

  it('on a profile page, saves what the content script read and opens the panel on the creator', async () => {
    const state: PageProfileState = { kind: 'profile', profile: scrapedProfile({ handle: 'pluto__travel', displayName: 'Pluto' }) };
    const ask = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer(state));
    const tab = { id: 7, windowId: 1, url: 'https://www.instagram.com/pluto__travel/' };
    const outcome = await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU, pageUrl: tab.url }, tab, matchProfile);
    expect(ask).toHaveBeenCalledWith(7, { type: 'content:get-profile' }, { frameId: 0 });
    expect(openPanel).toHaveBeenCalledWith({ tabId: 7 });
    const saved = await findCreatorByAccount('instagram', 'pluto__travel');
    expect(saved?.creator).toMatchObject({ id: outcome.creatorId, displayName: 'Pluto' });
    expect(await getPanelFocus()).toMatchObject({ view: 'creator', creatorId: outcome.creatorId });
  });

  it('rejects a malformed answer from the page and falls back to the URL', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer({ kind: 'profile', profile: { platform: 'myspace' } }));
    const tab = { id: 7, windowId: 1, url: 'https://www.instagram.com/pluto__travel/' };
    await handleContextMenuClick({ menuItemId: SAVE_PAGE_MENU }, tab, matchProfile);
    expect((await findCreatorByAccount('instagram', 'pluto__travel'))?.creator.displayName).toBe('pluto__travel');
  });

  it('on a link, saves the creator from the URL alone', async () => {
    const outcome = await handleContextMenuClick(
      { menuItemId: SAVE_LINK_MENU, linkUrl: 'https://x.com/kikobeats' },
      { id: 3, windowId: 1, url: 'https://example.com/' },
      matchProfile,
    );
    expect(outcome.creatorId).toBeDefined();
    expect(await findCreatorByAccount('x', 'kikobeats')).toBeDefined();
  });

  it('tells the user when the link is not a creator profile, and saves nothing', async () => {
    const outcome = await handleContextMenuClick({ menuItemId: SAVE_LINK_MENU, linkUrl: 'https://x.com/settings' }, { id: 3, windowId: 1 }, matchProfile);
    expect(outcome.problem).toMatch(/not a creator profile/);
    expect(fakeBrowser.notifications.getAllCreateOptions()[PROBLEM_NOTIFICATION_ID]).toMatchObject({ title: 'Nothing saved' });
  });
});

describe('keyboard commands', () => {
  it('log-touch opens the panel on the log-touch form for the creator in the tab, saving them first', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection'));
    const result = await handleCommand('log-touch', { id: 9, windowId: 1, url: 'https://www.tiktok.com/@ana.codes' }, matchProfile);
    const saved = await findCreatorByAccount('tiktok', 'ana.codes');
    expect(saved?.creator.id).toBe(result.creatorId);
    expect(await getPanelFocus()).toMatchObject({ view: 'log-touch', creatorId: result.creatorId });
    expect(openPanel).toHaveBeenCalledWith({ tabId: 9 });
  });

  it('log-touch on a page that is not a profile opens the form without a creator', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(answer({ kind: 'none' }));
    await handleCommand('log-touch', { id: 9, windowId: 1, url: 'https://example.com/' }, matchProfile);
    expect(await getPanelFocus()).toMatchObject({ view: 'log-touch' });
    expect((await getPanelFocus())?.creatorId).toBeUndefined();
  });

  it('open-panel opens the side panel for the tab', async () => {
    await handleCommand('open-panel', { id: 4, windowId: 2 }, matchProfile);
    expect(openPanel).toHaveBeenCalledWith({ tabId: 4 });
  });
});
