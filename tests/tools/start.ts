/**
 * `npm start`: builds Rapport, then opens Chromium (or Chrome) with it loaded,
 * in a dedicated browser profile (.rapport-profile/, so your everyday profile
 * is untouched and your roster persists between runs), on the welcome page.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../e2e/harness/browser-path';
import { EXTENSION_DIR } from '../e2e/harness/launch';

const root = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../..');

execFileSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' });

const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: false,
  pipe: true,
  defaultViewport: null,
  userDataDir: path.join(root, '.rapport-profile'),
  enableExtensions: [EXTENSION_DIR],
  args: ['--no-first-run', ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
});
const worker = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
const extensionId = new URL(worker.url()).host;
const [firstTab] = await browser.pages();
const page = firstTab ?? (await browser.newPage());
await page.goto(`chrome-extension://${extensionId}/welcome.html`);
console.log(`Rapport is running (extension ${extensionId}). Close the browser window to stop.`);
await new Promise<void>((resolve) => browser.on('disconnected', () => resolve()));
