/**
 * Team sync figures, on a team server of the bench's own (a throwaway PostgreSQL
 * cluster on loopback):
 * - team_initial_sync_100k_ms: a new member joins a team holding 100,000 creators
 *   (with their accounts) and the last 180 days of touches, through the side
 *   panel's settings, until the first sync is done (two members, two samples);
 * - team_sync_propagation_ms: a touch logged through the worker in one browser
 *   until it is in the other browser's IndexedDB, with that browser's side panel
 *   open (the live stream), p95 over RUNS touches.
 * The team's records are written straight into PostgreSQL (the server's own
 * push path is measured by the team tests); they are valid domain records, so
 * the browsers check and store every one.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { launchRapport, type RapportBrowser } from '../e2e/harness/launch';
import { startTeamServer } from '../../lib/team/server/start';
import { TeamApi } from '../../lib/team/client/team-api';
import type { Measured } from './metrics';
import { openBenchPage, sleep } from './session';
import type { Page } from 'puppeteer-core';
import { median, percentile } from './stats';

const DAY_MS = 86_400_000;

export interface TeamSpec {
  creators: number;
  /** Touches in the last 180 days. */
  recentTouches: number;
  propagationRuns: number;
}

async function seedTeam(connection: pg.ClientConfig, teamId: string, memberId: string, spec: TeamSpec, now: number): Promise<void> {
  const client = new pg.Client(connection);
  await client.connect();
  try {
    await client.query('begin');
    await client.query(
      `insert into records (team_id, store, id, seq, data, clocks, updated_by)
       select $1, 'creators', 'c' || g, nextval('change_seq'),
         jsonb_build_object('id', 'c' || g, 'displayName', 'Creator ' || g, 'createdAt', $3::bigint, 'updatedAt', $3::bigint,
           'ownerId', $2::text, 'segment', (array['strategic-partner','growth-bet','community-advocate','campaign-specialist'])[1 + g % 4],
           'accounts', jsonb_build_array(jsonb_build_object('accountId', 'a' || g, 'platform', 'instagram', 'handle', 'creator' || g, 'followers', g * 7))),
         '{}'::jsonb, $2::uuid
       from generate_series(1, $4::int) g`,
      [teamId, memberId, now - 400 * DAY_MS, spec.creators],
    );
    await client.query(
      `insert into records (team_id, store, id, seq, data, clocks, updated_by)
       select $1, 'accounts', 'a' || g, nextval('change_seq'),
         jsonb_build_object('id', 'a' || g, 'creatorId', 'c' || g, 'platform', 'instagram', 'handle', 'creator' || g,
           'profileUrl', 'https://www.instagram.com/creator' || g || '/', 'addedAt', $3::bigint, 'updatedAt', $3::bigint),
         '{}'::jsonb, $2::uuid
       from generate_series(1, $4::int) g`,
      [teamId, memberId, now - 400 * DAY_MS, spec.creators],
    );
    await client.query(
      `insert into records (team_id, store, id, seq, data, clocks, updated_by)
       select $1, 'interactions', 't' || g, nextval('change_seq'),
         jsonb_build_object('id', 't' || g, 'creatorId', 'c' || (1 + g % $4::int), 'channel', 'instagram-dm',
           'direction', case when g % 3 = 0 then 'inbound' else 'outbound' end, 'kind', 'check-in', 'summary', 'Touch ' || g,
           'occurredAt', $3::bigint - (g % 180) * ${DAY_MS}::bigint - g, 'createdAt', $3::bigint, 'updatedAt', $3::bigint, 'authorId', $2::text),
         '{}'::jsonb, $2::uuid
       from generate_series(1, $5::int) g`,
      [teamId, memberId, now, spec.creators, spec.recentTouches],
    );
    await client.query('commit');
  } finally {
    await client.end();
  }
}

/**
 * Joins through the side panel's settings, as a person does; times the click on
 * "Start working with the team" until the Team part shows the membership (the
 * first sync has finished: synced, no progress shown).
 */
async function joinThroughSettings(browser: RapportBrowser, serverUrl: string, code: string, name: string): Promise<number> {
  const page = await browser.newPage();
  page.setDefaultTimeout(0);
  await page.goto(browser.extensionUrl('sidepanel.html'));
  await page.locator('[data-testid="open-settings"]').click();
  await page.locator('[data-field="team-server"]').fill(serverUrl);
  await page.locator('[data-field="team-code"]').fill(code);
  await page.locator('[data-field="team-your-name"]').fill(name);
  await page.locator('[data-testid="team-connect"]').click();
  await page.waitForSelector('[data-testid="team-share"]');
  const started = Date.now();
  await page.click('[data-testid="team-share"]');
  // The Team part shows the membership at once; the first sync is done when it has synced and shows no progress.
  // Polled: one long wait would hit puppeteer's protocol timeout (180 s) on a slow first sync.
  const done = '[data-testid="team-sync-status"][data-synced="yes"]';
  while (!(await page.$(done))) {
    if (Date.now() - started > 30 * 60_000) throw new Error(`${name}'s first sync did not finish within 30 minutes`);
    await sleep(250);
  }
  const ms = Date.now() - started;
  const problem = await page.$eval('[data-testid="team-status"]', (e) => e.querySelector('[role="alert"]')?.textContent ?? null);
  await page.close();
  if (problem) throw new Error(`${name}'s first sync reported: ${problem}`);
  return ms;
}

/** The card's quick action: a touch:log message to the worker, which stores it and pushes at once. */
async function logTouchThroughWorker(page: Page, creatorId: string): Promise<{ id: string; sentAt: number }> {
  return page.evaluate(async (creator: string) => {
    const sentAt = Date.now();
    const reply = (await chrome.runtime.sendMessage({
      type: 'touch:log',
      data: { creatorId: creator, channel: 'instagram-dm', direction: 'outbound', kind: 'check-in', summary: 'bench', occurredAt: sentAt },
    })) as { ok: boolean; data?: { interactionId: string }; error?: string };
    if (!reply.ok || !reply.data) throw new Error(`touch:log failed: ${reply.error}`);
    return { id: reply.data.interactionId, sentAt };
  }, creatorId);
}

export async function measureTeam(spec: TeamSpec, log: (m: string) => void): Promise<{ initial: Measured; propagation: Measured }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-bench-team-'));
  chmodSync(dataDir, 0o755);
  const server = await startTeamServer({ dataDir, port: 0, host: '127.0.0.1', setupCode: 'setup_bench_code_0123456789', durable: false });
  const browsers: RapportBrowser[] = [];
  try {
    const admin = await new TeamApi(server.url).createTeam(server.setupCode, 'Bench team', 'Admin');
    const adminApi = new TeamApi(server.url, admin.token);
    const seeding = Date.now();
    await seedTeam(server.adminConnection, admin.team.id, admin.member.id, spec, Date.now());
    log(`team seeded in PostgreSQL in ${((Date.now() - seeding) / 1000).toFixed(1)} s: ${spec.creators} creators and accounts, ${spec.recentTouches} touches`);

    const joins: number[] = [];
    const pages = [];
    for (const name of ['Scout A', 'Scout B']) {
      const { code } = await adminApi.createInvite(name);
      const browser = await launchRapport({ recordRequests: false, allowRequestsTo: [server.url] });
      browsers.push(browser);
      const ms = await joinThroughSettings(browser, server.url, code, name);
      const bench = await openBenchPage(browser);
      pages.push(bench);
      const counts = await bench.call('counts');
      if (counts.creators !== spec.creators || counts.interactions !== spec.recentTouches || counts.accounts !== spec.creators) {
        throw new Error(`${name}'s first sync stored ${JSON.stringify(counts)}, expected ${spec.creators} creators and accounts and ${spec.recentTouches} touches`);
      }
      joins.push(ms);
      log(`${name} joined and synced ${spec.creators * 2 + spec.recentTouches} records in ${(ms / 1000).toFixed(1)} s`);
    }

    // B's side panel is open: it hears the live stream.
    const [a, b] = pages as [NonNullable<(typeof pages)[number]>, NonNullable<(typeof pages)[number]>];
    const panel = await browsers[1]!.newPage();
    await panel.goto(browsers[1]!.extensionUrl('sidepanel.html'));
    await sleep(2000);
    const times: number[] = [];
    await logTouchThroughWorker(a.page, 'c1'); // warm-up: wakes A's worker and both connections
    for (let i = 0; i < spec.propagationRuns; i++) {
      const { id, sentAt } = await logTouchThroughWorker(a.page, `c${2 + i}`);
      const seenAt = await b.call('waitForTouch', id, 30_000);
      times.push(seenAt - sentAt);
      await sleep(300);
    }
    return {
      initial: {
        value: median(joins),
        runs: joins.length,
        samples: joins,
        note: `join + first sync of ${spec.creators.toLocaleString('en-US')} creators, as many accounts and ${spec.recentTouches.toLocaleString('en-US')} touches (180 days), pages of 2,000`,
      },
      propagation: {
        value: percentile(times, 95),
        runs: times.length,
        samples: times,
        note: `median ${median(times).toFixed(0)} ms; logged through A's worker, seen in B's IndexedDB with B's side panel open (live stream)`,
      },
    };
  } finally {
    for (const browser of browsers) await browser.close().catch(() => undefined);
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
