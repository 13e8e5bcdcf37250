/**
 * Opening the side panel. chrome.sidePanel is not in webextension-polyfill, so
 * this uses the native API; Firefox gets its sidebar instead. open() must be
 * the first await in a user-gesture handler or Chrome refuses it.
 */
import { browser as native } from '@wxt-dev/browser';

export async function openSidePanel(target: { tabId?: number; windowId?: number }): Promise<boolean> {
  if (native.sidePanel?.open) {
    if (target.tabId !== undefined) await native.sidePanel.open({ tabId: target.tabId });
    else if (target.windowId !== undefined) await native.sidePanel.open({ windowId: target.windowId });
    else return false;
    return true;
  }
  const sidebar = (native as unknown as { sidebarAction?: { open(): Promise<void> } }).sidebarAction;
  if (sidebar) {
    await sidebar.open();
    return true;
  }
  return false;
}

export type OpenedAs = 'panel' | 'tab' | false;

/**
 * Opens the panel when the caller has no tab at hand (a notification click).
 * The current-window call goes first, inside the click's gesture. If Chrome
 * refuses it (no gesture), the panel page opens in a tab instead, so the click
 * always shows the due list.
 */
export async function openSidePanelInCurrentWindow(): Promise<OpenedAs> {
  const windowId = native.windows?.WINDOW_ID_CURRENT;
  if (native.sidePanel?.open && windowId !== undefined) {
    try {
      await native.sidePanel.open({ windowId });
      return 'panel';
    } catch {
      // Falls through to the tab below.
    }
  } else if (await openSidePanel({}).catch(() => false)) {
    return 'panel';
  }
  await native.tabs.create({ url: native.runtime.getURL('/sidepanel.html') });
  return 'tab';
}

/** A toolbar click toggles the panel (Chrome); called on every worker start, which is cheap and idempotent. */
export function openPanelOnActionClick(): void {
  void native.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}
