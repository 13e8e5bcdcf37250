/** Collapsed or expanded, remembered per site in storage.local. Null until read, so the card never flashes. */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { collapseStorageKey, readCollapsed } from '../../lib/overlay/collapse';

export function useCollapsed(site: string | null): [boolean | null, (collapsed: boolean) => void] {
  const [collapsed, setCollapsed] = useState<boolean | null>(null);
  useEffect(() => {
    if (!site) return;
    let live = true;
    const key = collapseStorageKey(site);
    browser.storage.local.get(key).then(
      (stored: Record<string, unknown>) => live && setCollapsed(readCollapsed(stored, site)),
      () => live && setCollapsed(false),
    );
    return () => {
      live = false;
    };
  }, [site]);
  const update = useCallback(
    (next: boolean) => {
      setCollapsed(next);
      if (site) void browser.storage.local.set({ [collapseStorageKey(site)]: next });
    },
    [site],
  );
  return [collapsed, update];
}
