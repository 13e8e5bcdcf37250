/**
 * The floor under profile_added_script_ms (issue 15): a minimal MV3 extension
 * whose content script does only what any inline overlay must, on the same
 * profile page: insert one empty extension-page iframe inside a closed shadow
 * root (with Rapport's host styling, at the same run_at). Whatever Rapport adds
 * beyond this is its own work. Written at bench time next to the bench build; it
 * never ships.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './build';

export const FLOOR_OUT_DIR = path.join(ROOT, '.output-bench-floor');
/** The floor extension's name, which Chromium uses for its content-script world in traces. */
export const FLOOR_WORLD_NAME = 'Rapport bench frame floor';

const CONTENT_SCRIPT = `(() => {
  const host = document.createElement('rapport-floor');
  host.setAttribute('style', 'all: initial !important; position: fixed !important; top: 0 !important; right: 0 !important; z-index: 2147483647 !important; display: block !important;');
  const root = host.attachShadow({ mode: 'closed' });
  const frame = document.createElement('iframe');
  frame.src = chrome.runtime.getURL('/frame.html');
  frame.setAttribute('style', 'border:0;display:block;background:transparent;width:0;height:0');
  root.append(frame);
  document.documentElement.append(host);
})();
`;

export function writeFloorExtension(matches: readonly string[]): string {
  mkdirSync(FLOOR_OUT_DIR, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: FLOOR_WORLD_NAME,
    version: '1.0.0',
    // The harness waits for a service worker named background.js, as Rapport's.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches, run_at: 'document_idle', js: ['content.js'] }],
    web_accessible_resources: [{ resources: ['frame.html'], matches: ['<all_urls>'], use_dynamic_url: true }],
  };
  writeFileSync(path.join(FLOOR_OUT_DIR, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(path.join(FLOOR_OUT_DIR, 'content.js'), CONTENT_SCRIPT);
  writeFileSync(path.join(FLOOR_OUT_DIR, 'background.js'), '');
  writeFileSync(path.join(FLOOR_OUT_DIR, 'frame.html'), '<!doctype html><meta charset="utf-8"><title></title>');
  return FLOOR_OUT_DIR;
}
