/**
 * Privacy for the people on the roster: one creator's export holds everything
 * kept about them and nothing about anyone else; deleting them removes every
 * related record and leaves everyone else as they were.
 */
import { describe, expect, it } from 'vitest';
import { collaborations, logInteraction, readAllData, reminders, saveScrapedProfile } from '../../../lib/db';
import { deleteCreatorEntirely, exportCreatorFile, CREATOR_EXPORT_FORMAT } from '../../../lib/use-cases/creator-privacy';
import { DAY, T0, scrapedProfile } from '../db/fixtures';

const noRecount = async () => undefined;

async function seedTwo() {
  const ana = (
    await saveScrapedProfile(scrapedProfile({ handle: 'ana.travels', profileUrl: 'https://www.instagram.com/ana.travels/', displayName: 'Ana Lisboa' }), {
      now: T0,
    })
  ).creator;
  await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'ana.travels', profileUrl: 'https://www.tiktok.com/@ana.travels' }), {
    now: T0,
    linkToCreatorId: ana.id,
  });
  const bo = (await saveScrapedProfile(scrapedProfile({ handle: 'bo', profileUrl: 'https://www.instagram.com/bo/', displayName: 'Bo' }), { now: T0 })).creator;
  for (const creator of [ana, bo]) {
    await logInteraction(
      { creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', summary: `Hello ${creator.displayName}`, occurredAt: T0 + DAY },
      T0 + DAY,
    );
    await collaborations.put({
      id: `k-${creator.id}`,
      creatorId: creator.id,
      title: 'Spring',
      status: 'contracted',
      deliverables: [{ id: `d-${creator.id}`, description: 'Reel', dueAt: T0 + 10 * DAY, status: 'briefed' }],
      compensation: {},
      disclosure: { required: true, confirmed: false },
      performance: {},
      createdAt: T0,
      updatedAt: T0,
    });
  }
  return { ana, bo };
}

describe("one creator's data", () => {
  it('exports everything kept about them, and nothing about anyone else', async () => {
    const { ana, bo } = await seedTwo();
    const made = await exportCreatorFile(ana.id, T0 + 2 * DAY);
    expect(made.fileName).toBe('rapport-ana-lisboa-2026-03-03.json');
    const file = JSON.parse(made.json) as {
      format: string;
      creator: { id: string };
      accounts: { handle: string; platform: string }[];
      interactions: { summary: string }[];
      collaborations: { id: string }[];
      reminders: { creatorId: string }[];
    };
    expect(file.format).toBe(CREATOR_EXPORT_FORMAT);
    expect(file.creator.id).toBe(ana.id);
    expect(file.accounts.map((a) => `${a.platform}:${a.handle}`).sort()).toEqual(['instagram:ana.travels', 'tiktok:ana.travels']);
    expect(file.interactions.map((t) => t.summary)).toEqual(['Hello Ana Lisboa']);
    expect(file.collaborations.map((c) => c.id)).toEqual([`k-${ana.id}`]);
    expect(file.reminders.length).toBeGreaterThan(0);
    expect(file.reminders.every((r) => r.creatorId === ana.id)).toBe(true);
    expect(made.json).not.toContain(bo.id);
    expect(made.json).not.toContain('Hello Bo');
    // The stored index keys are not part of the person's data.
    expect(made.json).not.toMatch(/nameKey|healthCheckedAt|linkedProfiles/);
  });

  it('deletes them with every related record, and leaves everyone else exactly as they were', async () => {
    const { ana, bo } = await seedTwo();
    const before = (await readAllData()).data;
    const boRecords = (store: keyof typeof before) => (before[store] as { creatorId?: string; id: string }[]).filter((r) => (r.creatorId ?? r.id) === bo.id);
    const anaReminders = (await reminders.listForCreator(ana.id)).records.length;
    expect(anaReminders).toBeGreaterThan(0);
    const count = await deleteCreatorEntirely(ana.id, noRecount);
    const after = (await readAllData()).data;
    // The creator, two accounts, one touch, one collaboration and its reminders.
    expect(count).toBe(1 + 2 + 1 + 1 + anaReminders);
    for (const store of ['accounts', 'interactions', 'collaborations', 'reminders'] as const) {
      expect(JSON.stringify(after[store]), store).not.toContain(ana.id);
      expect(after[store], store).toEqual(boRecords(store));
    }
    expect(after.creators.map((c) => c.id)).toEqual([bo.id]);
    await expect(exportCreatorFile(ana.id)).rejects.toThrow(/no longer on the roster/);
  });
});
