/**
 * Screenshots of the real extension, taken by the suite; the README shows them.
 * A test run writes them to tests/e2e/.artifacts (ignored by git), so running the
 * suite never dirties the checkout; `RAPPORT_UPDATE_SCREENSHOTS=1 npm test`
 * refreshes the committed ones the README shows.
 */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';

const E2E_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
export const SCREENSHOTS_DIR =
  process.env.RAPPORT_UPDATE_SCREENSHOTS === '1' ? path.join(E2E_DIR, 'screenshots') : path.join(E2E_DIR, '.artifacts', 'screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, name);
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}
