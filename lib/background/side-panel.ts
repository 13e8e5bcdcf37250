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

/** A toolbar click toggles the panel (Chrome); called on every worker start, which is cheap and idempotent. */
export function openPanelOnActionClick(): void {
  void native.sidePanel?.setPanelBehavior({ openPanelOnActionClick: true });
}
