import { describe, expect, it } from 'vitest';
import {
  collaborations,
  countCreators,
  deleteAllData,
  getSettings,
  logInteraction,
  readAllData,
  replaceAllData,
  saveScrapedProfile,
  saveSettings,
  saveTemplate,
  updateCreator,
} from '../../../lib/db';
import { BACKUP_VERSION, backupParts, parseBackup } from '../../../lib/import-export/backup-file';
import { T0, DAY, scrapedProfile } from '../db/fixtures';

async function seed(): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
  await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'pluto', profileUrl: 'https://www.tiktok.com/@pluto' }), {
    now: T0,
    linkToCreatorId: creator.id,
  });
  await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: 'Kiko' }), { now: T0 });
  await updateCreator(
    creator.id,
    {
      segment: 'growth-bet',
      stage: 'vetting',
      tags: ['travel'],
      owner: 'Dana',
      contact: {
        emails: ['pluto@example.com'],
        languages: ['English'],
        rateCard: [{ deliverable: 'Reel', amount: 500, currency: 'EUR' }],
        agent: { name: 'Mia' },
      },
      customFields: { 'Media kit': 'https://example.com/kit.pdf' },
    },
    T0 + DAY,
  );
  await logInteraction(
    { creatorId: creator.id, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', summary: 'Hi <b>there</b>', occurredAt: T0 + DAY },
    T0 + DAY,
  );
  await collaborations.put({
    id: 'k1',
    creatorId: creator.id,
    title: 'Launch',
    status: 'contracted',
    deliverables: [],
    compensation: {},
    disclosure: { required: true, confirmed: false },
    performance: {},
    contractEndsAt: T0 + 90 * DAY,
    createdAt: T0,
    updatedAt: T0,
  });
  await saveTemplate({ id: 't1', name: 'Hello', kind: 'outreach', body: 'Hi {{firstName}}', createdAt: T0, updatedAt: T0 });
  await saveSettings({ ...(await getSettings()), owners: ['Dana', 'Sam'], followUpDelayDays: 3 });
  return creator.id;
}

async function exportText(): Promise<string> {
  const { data, errors } = await readAllData();
  expect(errors).toEqual([]);
  return backupParts(data, { exportedAt: T0, dbVersion: 1 }).join('');
}

describe('JSON backup', () => {
  it('export then restore gives back exactly the same data', async () => {
    await seed();
    const before = await readAllData();
    const text = await exportText();
    expect(JSON.parse(text)).toMatchObject({
      format: 'rapport-backup',
      version: BACKUP_VERSION,
      counts: { creators: 2, accounts: 3, interactions: 1, collaborations: 1, templates: 1 },
    });
    await deleteAllData();
    expect(await countCreators()).toBe(0);
    const parsed = parseBackup(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const progress: number[] = [];
    await replaceAllData(parsed.data, { onProgress: (d) => progress.push(d) });
    const total = Object.values(before.data).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    expect(progress.at(-1)).toBe(total);
    expect(await readAllData()).toEqual(before);
    expect(await exportText()).toBe(text);
  });

  it('refuses a damaged backup and leaves the current data untouched', async () => {
    await seed();
    const text = await exportText();
    const json = JSON.parse(text);
    json.data.interactions[0].channel = 'pigeon';
    json.data.accounts.push({ ...json.data.accounts[0], id: 'dup' });
    const parsed = parseBackup(JSON.stringify(json));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual(expect.arrayContaining([expect.objectContaining({ where: 'interactions #1', message: expect.stringMatching(/channel/) })]));
    expect(await countCreators()).toBe(2);
  });

  it('reports missing owners and duplicate handles, and refuses files that are not backups or are newer', async () => {
    await seed();
    const json = JSON.parse(await exportText());
    json.data.accounts.push({ ...json.data.accounts[0], id: 'dup' });
    json.data.interactions[0].creatorId = 'ghost';
    const parsed = parseBackup(JSON.stringify(json));
    expect(parsed.ok ? [] : parsed.problems.map((p) => p.message)).toEqual(
      expect.arrayContaining([expect.stringMatching(/appears twice/), expect.stringMatching(/creator ghost, who is not in the backup/)]),
    );
    expect(parseBackup('{"hello": 1}')).toEqual({ ok: false, problems: [{ where: 'file', message: 'This is not a Rapport backup file.' }] });
    expect(parseBackup('not json').ok).toBe(false);
    const newer = parseBackup(JSON.stringify({ ...json, version: BACKUP_VERSION + 1 }));
    expect(newer.ok ? '' : newer.problems[0]?.message).toMatch(/newer version of Rapport/);
  });

  it('rolls a failed restore back completely', async () => {
    await seed();
    const parsed = parseBackup(await exportText());
    if (!parsed.ok) throw new Error('seed backup should parse');
    // Two accounts with the same platform and handle break the unique index mid-write.
    const broken = { ...parsed.data, accounts: [...parsed.data.accounts, { ...parsed.data.accounts[0]!, id: 'dup' }] };
    await expect(replaceAllData(broken)).rejects.toThrow();
    expect(await countCreators()).toBe(2);
    expect((await readAllData()).data.interactions).toHaveLength(1);
  });
});

describe('restoring over the data already stored', () => {
  async function ownBackup() {
    const parsed = parseBackup(await exportText());
    if (!parsed.ok) throw new Error('seed backup should parse');
    return parsed.data;
  }

  it('ends with exactly the backup: changed records back as they were, records added since gone', async () => {
    const creatorId = await seed();
    const before = await readAllData();
    const backup = await ownBackup();
    // After the backup: a renamed creator, a new touch, a new creator with its account.
    await updateCreator(creatorId, { displayName: 'Renamed since' }, T0 + 2 * DAY);
    await logInteraction({ creatorId, channel: 'email', direction: 'inbound', kind: 'follow-up', summary: 'Later', occurredAt: T0 + 2 * DAY }, T0 + 2 * DAY);
    await saveScrapedProfile(scrapedProfile({ platform: 'youtube', handle: 'latecomer', profileUrl: 'https://www.youtube.com/@latecomer' }), { now: T0 });
    expect(await countCreators()).toBe(3);
    await replaceAllData(backup);
    expect(await readAllData()).toEqual(before);
  });

  it('also ends with exactly the backup when nothing stored comes back', async () => {
    await seed();
    const before = await readAllData();
    const backup = await ownBackup();
    await deleteAllData();
    for (const handle of ['one', 'two', 'three']) {
      await saveScrapedProfile(scrapedProfile({ platform: 'x', handle, profileUrl: `https://x.com/${handle}` }), { now: T0 });
    }
    await replaceAllData(backup);
    expect(await readAllData()).toEqual(before);
  });

  it('restores accounts whose handles were swapped since (no clash on the unique handle index)', async () => {
    await seed();
    const backup = await ownBackup();
    const [a, b] = backup.accounts;
    if (!a || !b) throw new Error('the seed has accounts');
    const swapped = {
      ...backup,
      accounts: [{ ...a, platform: b.platform, handle: b.handle }, { ...b, platform: a.platform, handle: a.handle }, ...backup.accounts.slice(2)],
    };
    await replaceAllData(swapped);
    await replaceAllData(backup);
    const accounts = (await readAllData()).data.accounts;
    expect(accounts.find((x) => x.id === a.id)).toMatchObject({ platform: a.platform, handle: a.handle });
  });

  it('refuses data with an id given twice and changes nothing', async () => {
    await seed();
    const before = await readAllData();
    const backup = await ownBackup();
    const twice = { ...backup, interactions: [...backup.interactions, ...backup.interactions] };
    await expect(replaceAllData(twice)).rejects.toThrow();
    expect(await readAllData()).toEqual(before);
  });

  it('rolls back completely when the write fails, records added since included', async () => {
    const creatorId = await seed();
    const backup = await ownBackup();
    await saveScrapedProfile(scrapedProfile({ platform: 'youtube', handle: 'latecomer', profileUrl: 'https://www.youtube.com/@latecomer' }), { now: T0 });
    await logInteraction({ creatorId, channel: 'email', direction: 'inbound', kind: 'follow-up', summary: 'Later', occurredAt: T0 + 2 * DAY }, T0 + 2 * DAY);
    const before = await readAllData();
    const broken = { ...backup, accounts: [...backup.accounts, { ...backup.accounts[0]!, id: 'dup' }] };
    await expect(replaceAllData(broken)).rejects.toThrow();
    expect(await readAllData()).toEqual(before);
  });
});

describe('JSON backup versions', () => {
  it('writes contact details and custom fields in a version 3 backup', async () => {
    await seed();
    const json = JSON.parse(await exportText());
    expect(json.version).toBe(3);
    expect(BACKUP_VERSION).toBe(3);
    const pluto = json.data.creators.find((c: { contact?: unknown }) => c.contact);
    expect(pluto).toMatchObject({
      contact: { emails: ['pluto@example.com'], agent: { name: 'Mia' } },
      customFields: { 'Media kit': 'https://example.com/kit.pdf' },
    });
  });

  it('still restores a version 1 backup (made before contact details existed)', async () => {
    await seed();
    const json = JSON.parse(await exportText());
    json.version = 1;
    for (const c of json.data.creators) {
      delete c.contact;
      delete c.customFields;
    }
    await deleteAllData();
    const parsed = parseBackup(JSON.stringify(json));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    await replaceAllData(parsed.data);
    const { data } = await readAllData();
    expect(data.creators).toHaveLength(2);
    expect(data.creators.every((c) => c.contact === undefined && c.customFields === undefined)).toBe(true);
    expect(data.creators.map((c) => c.displayName).sort()).toEqual(json.data.creators.map((c: { displayName: string }) => c.displayName).sort());
  });
});
