/** Temporary measurement (not a test): the roster at 100,000 creators. Run with tsx; deleted afterwards. */
import { launchRapport } from './harness/launch';

const N = Number(process.env.N ?? 100_000);
const FIRST = `(() => {
  const mark = () => {
    if (!document.querySelector('[data-testid="roster-row"]')) return false;
    requestAnimationFrame(() => setTimeout(() => { window.__first = performance.now(); }, 0));
    return true;
  };
  const o = new MutationObserver(() => { if (mark()) o.disconnect(); });
  o.observe(document, { childList: true, subtree: true });
})();`;

async function main() {
  const rapport = await launchRapport();
  const seedPage = await rapport.newPage();
  await seedPage.goto(rapport.extensionUrl('sidepanel.html'));
  await seedPage.waitForSelector('main');
  const t0 = Date.now();
  await seedPage.evaluate(async (n) => {
    const words = ['luna', 'mateo', 'garcia', 'kai', 'sofia', 'omar', 'nina', 'park', 'lee', 'rossi', 'ana', 'zoe'];
    const segs = ['strategic-partner', 'growth-bet', 'community-advocate', 'campaign-specialist', 'unassigned'];
    const stages = ['discovered', 'vetting', 'test-collaboration', 'active-partner', 'optimizing', 'renewal'];
    const db: IDBDatabase = await new Promise((res, rej) => { const r = indexedDB.open('rapport'); r.onsuccess = () => res(r.result); r.onerror = () => rej(r.error); });
    const tx = db.transaction(['creators', 'accounts'], 'readwrite');
    const now = Date.now();
    for (let i = 0; i < n; i++) {
      const name = `${words[i % 12]} ${words[(i * 7) % 12]} ${i}`;
      const handle = `${words[i % 12]}_${i}`;
      const id = `c${String(i).padStart(6, '0')}`;
      tx.objectStore('creators').put({
        id, displayName: name, nameKey: name, accounts: [{ accountId: `a${i}`, platform: 'instagram', handle, followers: (i * 37) % 900000, followersBaseline: (i * 31) % 900000 }],
        segment: segs[i % 5], segmentHistory: [], stage: stages[i % 6], stageHistory: [{ stage: stages[i % 6], at: now }], outreachStatus: 'not-contacted',
        fit: { notes: i % 3 ? 'good energy, travel and food' : '', rubric: { audienceRelevance: 1 + (i % 5) } }, tags: [words[(i * 3) % 12]], niches: [],
        owner: i % 4 ? 'Dana' : undefined, preferences: { topicsToAvoid: [], doNotContact: false, doNotStoreMessageText: false }, milestones: [],
        lastContactAt: now - (i % 200) * 86400000, nextDueAt: now + ((i % 120) - 60) * 86400000, createdAt: now - 400 * 86400000, updatedAt: now - i * 1000,
      });
      tx.objectStore('accounts').put({ id: `a${i}`, creatorId: id, platform: 'instagram', handle, profileUrl: `https://www.instagram.com/${handle}/`, links: [], followerSnapshots: [], addedAt: now, updatedAt: now });
    }
    await new Promise((res, rej) => { tx.oncomplete = res; tx.onerror = () => rej(tx.error); });
    db.close();
  }, N);
  console.log(`seeded ${N} in ${Date.now() - t0} ms`);
  await seedPage.close();

  const firsts: number[] = [];
  const completes: number[] = [];
  for (let run = 0; run < 4; run++) {
    const page = await rapport.newPage();
    await page.evaluateOnNewDocument(FIRST);
    await page.goto(rapport.extensionUrl('sidepanel.html'), { waitUntil: 'domcontentloaded' });
    const first = await (await page.waitForFunction(() => (window as any).__first, { polling: 20, timeout: 60_000 })).jsonValue();
    await page.waitForSelector('[data-testid="roster-status"][data-complete="true"]', { timeout: 120_000 });
    const complete = await page.evaluate(() => performance.now());
    if (run > 0) { firsts.push(first as number); completes.push(complete); }
    if (run < 3) await page.close();
    else {
      // Search keystrokes: keydown to the paint after the last DOM change.
      await page.evaluate(() => {
        const input = document.querySelector('[data-testid="roster-search"]')!;
        const s = ((window as any).__s = { down: 0, lastMut: 0, paint: 0, muts: 0 });
        input.addEventListener('keydown', (e) => { s.down = e.timeStamp; s.lastMut = 0; s.paint = 0; s.muts = 0; }, true);
        new MutationObserver((rs) => {
          if (rs.every((r) => r.target === input)) return;
          s.muts++; const at = (s.lastMut = performance.now());
          requestAnimationFrame(() => setTimeout(() => { if (s.lastMut === at) s.paint = performance.now(); }, 0));
        }).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true });
      });
      await page.click('[data-testid="roster-search"]');
      const samples: number[] = [];
      for (const q of ['luna', 'mateo', 'garcia', 'kai', 'sofia', 'omar']) {
        for (const ch of [...q, 'Backspace', 'Backspace', 'Backspace', 'Backspace']) {
          await page.keyboard.press(ch as any);
          await new Promise((r) => setTimeout(r, 400));
          const s = await page.evaluate(() => (window as any).__s);
          if (s.muts && s.paint >= s.lastMut) samples.push(s.paint - s.down);
        }
      }
      samples.sort((a, b) => a - b);
      const p = (q: number) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(1);
      console.log(`search keystrokes: n=${samples.length} median ${p(0.5)} ms p95 ${p(0.95)} ms max ${p(1)}`);
      const heap = await page.evaluate(() => (performance as any).memory?.usedJSHeapSize / 1e6);
      console.log(`panel JS heap after full load: ${heap?.toFixed(0)} MB`);
    }
  }
  firsts.sort((a, b) => a - b);
  completes.sort((a, b) => a - b);
  console.log(`first rows painted (ms from navigation): ${firsts.map((x) => x.toFixed(0)).join(', ')} median ${firsts[1]!.toFixed(0)}`);
  console.log(`whole roster in memory (search ready): ${completes.map((x) => x.toFixed(0)).join(', ')}`);
  await rapport.close();
}
void main().catch((e) => { console.error(e); process.exit(1); });
