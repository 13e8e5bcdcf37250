/** Screenshots of the real extension, taken by the suite; the README shows them. */
import path from 'node:path';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'puppeteer-core';

export const SCREENSHOTS_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../screenshots');

export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const file = path.join(SCREENSHOTS_DIR, name);
  await page.screenshot({ path: file as `${string}.png` });
  return file;
}
