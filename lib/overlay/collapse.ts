/** The overlay's collapsed/expanded choice, remembered per site (a UI preference, not roster data). */

const PREFIX = 'rapport:overlay-collapsed:';

/** One key per platform, so www.instagram.com and instagram.com share the choice. */
export function collapseStorageKey(site: string): string {
  return PREFIX + site.trim().toLowerCase();
}

/** Anything but a stored `true` means expanded: a bad value must not hide the overlay. */
export function readCollapsed(stored: Record<string, unknown>, site: string): boolean {
  return stored[collapseStorageKey(site)] === true;
}
