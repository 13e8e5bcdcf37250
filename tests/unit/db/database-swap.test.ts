/**
 * A restore and "delete everything" fill a fresh database and switch to it
 * (lib/db/database-swap.ts): all or nothing, with the old database deleted
 * afterwards and every connection following the pointer.
 */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteDB, openDB } from 'idb';
import {
  DB_NAME,
  beginTeamMembership,
  closeRapportDb,
  countCreators,
  deleteAllData,
  deleteLeftoverDatabases,
  getTeamState,
  isRapportDbOpen,
  openRapportDb,
  readAllData,
  replaceAllData,
  saveScrapedProfile,
  subscribeToChanges,
  whenRetiredDatabasesDeleted,
  type AllData,
  type DbChange,
} from '../../../lib/db';
import { openDatabaseNamed } from '../../../lib/db/open';
import { T0, scrapedProfile } from './fixtures';

const POINTER_KEY = 'rapport:database';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((info) => info.name ?? '').sort();
}

async function pointer(): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(POINTER_KEY))[POINTER_KEY];
}

async function seedTwo(): Promise<AllData> {
  const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
  await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: 'Kiko' }), { now: T0 });
  expect(creator.id).toBeTruthy();
  const { data, errors } = await readAllData();
  expect(errors).toEqual([]);
  return data;
}

describe('replacing the database', () => {
  it('fills a new database, points every later connection to it and deletes the old one', async () => {
    const backup = await seedTwo();
    await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'latecomer', profileUrl: 'https://www.tiktok.com/@latecomer' }), { now: T0 });
    expect(await countCreators()).toBe(3);

    await replaceAllData(backup);
    await whenRetiredDatabasesDeleted();

    const current = await pointer();
    expect(current).toMatch(/^rapport\.[a-z0-9]+-[a-z0-9]+$/);
    expect(await databaseNames()).toEqual([current]);
    expect((await openRapportDb()).name).toBe(current);
    expect(await countCreators()).toBe(2);
    expect((await readAllData()).data).toEqual(backup);

    // A second replacement moves on again and leaves a single database.
    await deleteAllData();
    await whenRetiredDatabasesDeleted();
    const after = await pointer();
    expect(after).not.toBe(current);
    expect(await databaseNames()).toEqual([after]);
    expect(await countCreators()).toBe(0);
  });

  it('leaves the old database and the pointer as they were when the fill fails, and deletes the half-filled one', async () => {
    const backup = await seedTwo();
    const before = await readAllData();
    // Two accounts with the same platform and handle break the unique index mid-write.
    const broken = { ...backup, accounts: [...backup.accounts, { ...backup.accounts[0]!, id: 'dup' }] };
    await expect(replaceAllData(broken)).rejects.toThrow();
    await whenRetiredDatabasesDeleted();
    expect(await pointer()).toBeUndefined();
    expect(await databaseNames()).toEqual([DB_NAME]);
    expect(await readAllData()).toEqual(before);
  });

  it('refuses to switch when the old database holds team sync state, which a replacement would drop', async () => {
    const backup = await seedTwo();
    const ME = '11111111-1111-4111-8111-111111111111';
    await beginTeamMembership(
      {
        serverUrl: 'https://team.example.com',
        token: 'tok_abcdefghijklmnopqrstuvwxyz',
        clientId: 'client-0001',
        teamId: '44444444-4444-4444-8444-444444444444',
        teamName: 'Scouts',
        memberId: ME,
        memberName: 'Ana',
        role: 'member',
        checkpoint: 0,
        members: [{ id: ME, name: 'Ana', role: 'member', revoked: false }],
        joinedAt: T0,
        recentContactDays: 14,
        remindUnowned: true,
      },
      false,
      T0,
    );
    await expect(replaceAllData(backup)).rejects.toThrow(/joined a team/);
    await whenRetiredDatabasesDeleted();
    expect(await pointer()).toBeUndefined();
    expect(await databaseNames()).toEqual([DB_NAME]);
    expect(await getTeamState()).toMatchObject({ teamName: 'Scouts' });
    expect(await countCreators()).toBe(2);
  });

  it('runs two replacements one after the other, the last one winning', async () => {
    const backup = await seedTwo();
    const one = { ...backup, creators: backup.creators.slice(0, 1), accounts: backup.accounts.filter((a) => a.creatorId === backup.creators[0]!.id) };
    await Promise.all([replaceAllData(backup), replaceAllData(one)]);
    await whenRetiredDatabasesDeleted();
    expect(await databaseNames()).toEqual([await pointer()]);
    expect(await countCreators()).toBe(1);
  });

  it('does not block on a connection that another context holds: that connection steps aside', async () => {
    await seedTwo();
    // Another context's connection to the first database, opened the same way every context opens it.
    const { db: other } = await openDatabaseNamed(DB_NAME);
    const close = vi.spyOn(other, 'close');
    await deleteAllData();
    await whenRetiredDatabasesDeleted();
    expect(close).toHaveBeenCalled();
    expect(await databaseNames()).toEqual([await pointer()]);
  });
});

describe('following the pointer', () => {
  it('drops a database it recreated by opening a name that a restore had just retired, and opens the current one', async () => {
    const backup = await seedTwo();
    await replaceAllData(backup);
    await whenRetiredDatabasesDeleted();
    await closeRapportDb();
    const current = await pointer();
    // This context read the pointer just before the switch: its open recreates the deleted first database.
    vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementationOnce(() => Promise.resolve({}));

    expect((await openRapportDb()).name).toBe(current);
    expect(await countCreators()).toBe(2);
    expect(await databaseNames()).toEqual([current]);
  });

  it('uses the first database when the pointer is unreadable, and says so', async () => {
    await seedTwo();
    await closeRapportDb();
    await fakeBrowser.storage.local.set({ [POINTER_KEY]: '<script>' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect((await openRapportDb()).name).toBe(DB_NAME);
    expect(await countCreators()).toBe(2);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('pointer is unreadable'), '<script>');
  });

  it('closes its connection when another context announces a new database, before any view refreshes', async () => {
    await openRapportDb();
    const seen: { change: DbChange; open: boolean }[] = [];
    const unsubscribe = subscribeToChanges((change) => seen.push({ change, open: isRapportDbOpen() }));
    const otherContext = new BroadcastChannel('rapport:db-changes');
    otherContext.postMessage({ store: 'creators', database: 'rapport.abc-def' });
    // Not a change: ignored.
    otherContext.postMessage({ store: 'nothing', database: 'rapport.abc-def' });
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen).toEqual([{ change: { store: 'creators', database: 'rapport.abc-def' }, open: false }]);
    otherContext.close();
    unsubscribe();
  });
});

describe('leftover databases', () => {
  it('deletes databases that a replacement left behind, and nothing else', async () => {
    await seedTwo();
    // A successor half-filled when the browser stopped, and a database that is not Rapport's.
    const { db: halfFilled } = await openDatabaseNamed('rapport.mabc12-x1y2z3');
    halfFilled.close();
    (await openDB('someone-else', 1)).close();

    await deleteLeftoverDatabases();
    await whenRetiredDatabasesDeleted();

    expect(await databaseNames()).toEqual([DB_NAME, 'someone-else']);
    expect(await countCreators()).toBe(2);
    await deleteDB('someone-else');
  });
});
