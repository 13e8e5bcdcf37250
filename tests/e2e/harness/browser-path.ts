/**
 * Finds a Chromium to drive: PUPPETEER_EXECUTABLE_PATH, then Debian's
 * /usr/bin/chromium, then a browser that puppeteer has installed.
 * Fails with a message that names the fix when there is none.
 */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { readdirSync } from 'node:fs';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';

function puppeteerInstalledBrowser(): string | undefined {
  const cache = process.env.PUPPETEER_CACHE_DIR ?? path.join(homedir(), '.cache', 'puppeteer');
  for (const product of ['chrome', 'chromium']) {
    const dir = path.join(cache, product);
    if (!existsSync(dir)) continue;
    for (const build of readdirSync(dir).sort().reverse()) {
      for (const candidate of [path.join(dir, build, 'chrome-linux64', 'chrome'), path.join(dir, build, 'chrome-linux', 'chrome')]) {
        if (existsSync(candidate)) return candidate;
      }
    }
  }
  return undefined;
}

export function findBrowser(): string {
  const fromEnv = process.env.PUPPETEER_EXECUTABLE_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`PUPPETEER_EXECUTABLE_PATH is set to ${fromEnv}, but no browser is there.`);
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  const installed = puppeteerInstalledBrowser();
  if (installed) return installed;
  throw new Error(
    "No Chromium found for the end-to-end tests. Install Debian's Chromium " +
      '(`sudo apt-get update && sudo apt-get install -y chromium`) or point PUPPETEER_EXECUTABLE_PATH at a Chrome or Chromium binary.',
  );
}
