/** Waits for a download to land in a folder (the browser writes it under a temporary name first). */
import { readdirSync } from 'node:fs';
import path from 'node:path';

export async function waitForFile(folder: string, suffix: string, timeout = 20_000): Promise<string> {
  const started = Date.now();
  for (;;) {
    const done = readdirSync(folder).find((f) => f.endsWith(suffix));
    if (done) return path.join(folder, done);
    if (Date.now() - started > timeout) throw new Error(`No ${suffix} download in ${folder}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
