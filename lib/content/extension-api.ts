/**
 * The content script talks to the browser's native, promise-based extension API
 * (Chrome MV3 and Firefox both return promises) instead of webextension-polyfill,
 * so the polyfill is not shipped into every page of every supported site.
 */
export { browser } from '@wxt-dev/browser';
