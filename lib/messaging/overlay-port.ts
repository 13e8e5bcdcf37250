/** Port name prefix; the rest is the per-frame token from the frame's URL fragment. Shared by the content script and the overlay. */
export const OVERLAY_PORT_PREFIX = 'rapport-overlay:';
