/**
 * The worker's health refresh after a scan: due creators with stale health are
 * re-scored (most overdue first, bounded), everyone else is left alone.
 */
import { describe, expect, it } from 'vitest';
import { getCreator, logInteraction, saveScrapedProfile, updateCreator } from '../../../lib/db';
import { refreshHealth, refreshHealthOfDueCreators, refreshStalestHealth } from '../../../lib/background/health-refresh';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

/** A strategic partner (ideal contact every 30 days) last touched at `touchedAt`. */
async function partner(handle: string, touchedAt: number): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile({ handle, displayName: handle }), { now: T0 });
  await updateCreator(creator.id, { segment: 'strategic-partner' }, T0);
  await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: touchedAt }, touchedAt);
  return creator.id;
}

const computedAt = async (id: string) => (await getCreator(id))?.health?.computedAt;

describe('refreshing the health of due creators', () => {
  it('re-scores due creators whose health is over a day old, and only those', async () => {
    const overdue = await partner('ana', T0);
    const notDue = await partner('bo', T0 + 20 * DAY);
    expect(await computedAt(overdue)).toBe(T0);
    const now = T0 + 40 * DAY;

    expect(await refreshHealthOfDueCreators(now)).toBe(1);
    expect(await computedAt(overdue)).toBe(now);
    // Not due yet: its (day-old) health waits for the sweep of the stalest or its next write.
    expect(await computedAt(notDue)).toBe(T0 + 20 * DAY);

    // Fresh now: the next run, half an hour later, writes nothing.
    expect(await refreshHealthOfDueCreators(now + 30 * 60_000)).toBe(0);
    expect(await computedAt(overdue)).toBe(now);
  });

  it('stays within its limit, most overdue first', async () => {
    const first = await partner('cy', T0);
    const second = await partner('di', T0 + DAY);
    const now = T0 + 40 * DAY;
    expect(await refreshHealthOfDueCreators(now, 1)).toBe(1);
    expect(await computedAt(first)).toBe(now);
    expect(await computedAt(second)).toBe(T0 + DAY);
    expect(await refreshHealthOfDueCreators(now, 1)).toBe(1);
    expect(await computedAt(second)).toBe(now);
  });
});

describe('refreshing the stalest health on the whole roster', () => {
  it('re-scores creators who are not due but whose score is a day old, stalest first, within the limit', async () => {
    const older = await partner('ed', T0);
    const newer = await partner('fa', T0 + 5 * DAY);
    // Neither is due yet at this time (30-day cadence from their touches): only the health-age index finds them.
    const now = T0 + 10 * DAY;
    expect(await refreshHealthOfDueCreators(now)).toBe(0);
    expect(await refreshStalestHealth(now, 1)).toBe(1);
    expect(await computedAt(older)).toBe(now);
    expect(await computedAt(newer)).toBe(T0 + 5 * DAY);
    expect(await refreshStalestHealth(now, 5)).toBe(1);
    expect(await computedAt(newer)).toBe(now);
    // Everyone is fresh now: nothing to do.
    expect(await refreshStalestHealth(now + DAY / 2, 5)).toBe(0);
  });

  it('leaves creators with nothing to score yet alone (never contacted, never scored)', async () => {
    const { creator } = await saveScrapedProfile(scrapedProfile({ handle: 'ga', displayName: 'Ga' }), { now: T0 });
    expect(await refreshStalestHealth(T0 + 10 * DAY, 5)).toBe(0);
    expect((await getCreator(creator.id))?.health).toBeUndefined();
  });

  it('gives the due creators the budget first, then the stalest', async () => {
    const due = await partner('ha', T0);
    const stale = await partner('io', T0 + 20 * DAY);
    const now = T0 + 40 * DAY;
    expect(await refreshHealth(now, 1)).toBe(1);
    expect(await computedAt(due)).toBe(now);
    expect(await computedAt(stale)).toBe(T0 + 20 * DAY);
    expect(await refreshHealth(now, 2)).toBe(1);
    expect(await computedAt(stale)).toBe(now);
  });
});
