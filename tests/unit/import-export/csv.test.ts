import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  DEFAULT_SETTINGS,
  CreatorSchema,
} from '../../../lib/domain';
import {
  findCreatorByAccount,
  findExistingAccounts,
  getAccountsOfCreator,
  countCreators,
  importCreators,
  saveScrapedProfile,
} from '../../../lib/db';
import { neutraliseCell } from '../../../lib/import-export/csv-safety';
import { creatorsToCsv } from '../../../lib/import-export/csv-export';
import {
  accountKeysOf,
  checkRows,
  buildImportBatch,
  checkRow,
  guessMapping,
  mappingProblems,
  parseCsv,
  refFromProfileUrl,
  reviewImport,
  type ColumnMapping,
} from '../../../lib/import-export/csv-import';
import { T0, scrapedProfile } from '../db/fixtures';

const CSV = [
  'Name,Platform,Handle,Followers,Segment,Stage,Owner,Tags,Notes',
  'Ana Lisboa,Instagram,@Ana.Travels,"12,400",Growth Bet,vetting,Dana,travel; eu,"Loves hotels, ""boutique"" ones"',
  'Kiko,twitter,kikobeats,1.2K,strategic-partner,,Sam,music,',
  'Broken,Myspace,tom,lots,Royalty,,,,',
  'Ana again,instagram,ana.travels,,,,,,',
  ',,,,,,,,',
].join('\r\n');

describe('parsing and mapping', () => {
  it('parses with papaparse, skips blank lines and guesses the mapping from headers', () => {
    const parsed = parseCsv('\uFEFF' + CSV);
    expect(parsed.headers[0]).toBe('Name');
    expect(parsed.rows).toHaveLength(4);
    expect(parsed.rows[0]?.[8]).toBe('Loves hotels, "boutique" ones');
    const mapping = guessMapping(parsed.headers);
    expect(mapping).toMatchObject({ name: 0, platform: 1, handle: 2, followers: 3, segment: 4, stage: 5, owner: 6, tags: 7, notes: 8 });
    expect(mappingProblems(mapping)).toEqual([]);
    expect(mappingProblems({ name: 0, handle: 2 })).toHaveLength(1);
  });

  it('maps its own export columns back', () => {
    const header = Papa.parse<string[]>(creatorsToCsv([]).replace(/^\uFEFF/, '')).data[0] ?? [];
    expect(guessMapping(header)).toMatchObject({ name: 0, platform: 1, handle: 2, segment: 4, stage: 5, outreachStatus: 6, owner: 7, tags: 8, niches: 9, followers: 10, notes: 15 });
  });
});

describe('row validation', () => {
  const parsed = parseCsv(CSV);
  const mapping = guessMapping(parsed.headers);

  it('normalises a valid row: handle, platform aliases, counts, labels, lists', () => {
    const row = checkRow(parsed.rows[0]!, mapping, 2);
    expect(row).toMatchObject({
      ok: true,
      record: { name: 'Ana Lisboa', platform: 'instagram', handle: 'ana.travels', profileUrl: 'https://www.instagram.com/ana.travels/', followers: 12400, segment: 'growth-bet', stage: 'vetting', owner: 'Dana', tags: ['travel', 'eu'] },
    });
    expect(checkRow(parsed.rows[1]!, mapping, 3)).toMatchObject({ ok: true, record: { platform: 'x', followers: 1200, segment: 'strategic-partner' } });
  });

  it('reports every problem of an invalid row with its line', () => {
    const row = checkRow(parsed.rows[2]!, mapping, 4);
    expect(row.ok).toBe(false);
    if (!row.ok) {
      expect(row.line).toBe(4);
      expect(row.errors).toEqual(expect.arrayContaining([expect.stringMatching(/Unknown platform "Myspace"/), expect.stringMatching(/Followers "lots"/), expect.stringMatching(/Unknown segment "Royalty"/)]));
    }
  });

  it('reads platform and handle from a profile URL', () => {
    expect(refFromProfileUrl('https://www.tiktok.com/@IlloJuan?lang=es')).toMatchObject({ platform: 'tiktok', handle: '@illojuan'.slice(1) });
    expect(refFromProfileUrl('https://bsky.app/profile/stephenking.bsky.social')).toMatchObject({ platform: 'bluesky', handle: 'stephenking.bsky.social' });
    expect(refFromProfileUrl('https://example.org/x')).toBeUndefined();
    expect(refFromProfileUrl('javascript:alert(1)')).toBeUndefined();
    const byUrl: ColumnMapping = { profileUrl: 0 };
    expect(checkRow(['https://x.com/Javilop'], byUrl, 2)).toMatchObject({ ok: true, record: { platform: 'x', handle: 'javilop', name: 'javilop' } });
  });
});

describe('review: duplicates in the file and on the roster', () => {
  it('flags a later row with the same platform and handle, and skips or updates creators already saved', () => {
    const parsed = parseCsv(CSV);
    const mapping = guessMapping(parsed.headers);
    const onRoster = new Map([['x\u0000kikobeats', { creatorId: 'k' }]]);
    const skip = reviewImport(checkRows(parsed, mapping), onRoster, 'skip');
    expect(skip.outcomes.map((o) => o.status)).toEqual(['new', 'exists', 'invalid', 'duplicate']);
    expect(skip.outcomes[3]).toMatchObject({ status: 'duplicate', firstLine: 2, line: 5 });
    expect(skip.counts).toEqual({ new: 1, update: 0, exists: 1, duplicate: 1, invalid: 1 });
    expect(reviewImport(checkRows(parsed, mapping), onRoster, 'update').counts.update).toBe(1);
    expect(accountKeysOf(checkRows(parsed, mapping))).toEqual([['instagram', 'ana.travels'], ['x', 'kikobeats'], ['instagram', 'ana.travels']]);
  });
});

describe('importing into the database', () => {
  it('writes new creators with their accounts, updates existing ones, in one go', async () => {
    const existing = await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: 'Kiko' }), { now: T0 });
    const parsed = parseCsv(CSV);
    const mapping = guessMapping(parsed.headers);
    const found = await findExistingAccounts(accountKeysOf(checkRows(parsed, mapping)));
    expect([...found.values()]).toEqual([{ accountId: existing.account.id, creatorId: existing.creator.id }]);
    const report = reviewImport(checkRows(parsed, mapping), found, 'update');
    const batch = buildImportBatch(report, DEFAULT_SETTINGS, T0);
    const progress: number[] = [];
    const result = await importCreators(batch, { now: T0, onProgress: (d) => progress.push(d) });
    expect(result).toEqual({ created: 1, updated: 1 });
    expect(progress.at(-1)).toBe(3);
    const ana = await findCreatorByAccount('instagram', 'ana.travels');
    expect(ana?.creator).toMatchObject({ displayName: 'Ana Lisboa', segment: 'growth-bet', stage: 'vetting', owner: 'Dana', tags: ['travel', 'eu'], fit: { notes: 'Loves hotels, "boutique" ones' } });
    expect(ana?.account.followerSnapshots[0]?.value).toBe(12400);
    expect((await getAccountsOfCreator(ana!.creator.id)).records).toHaveLength(1);
    const kiko = await findCreatorByAccount('x', 'kikobeats');
    expect(kiko?.creator).toMatchObject({ segment: 'strategic-partner', owner: 'Sam', tags: ['music'] });
  });

  it('changes nothing when any write fails', async () => {
    const parsed = parseCsv(CSV);
    const mapping = guessMapping(parsed.headers);
    const batch = buildImportBatch(reviewImport(checkRows(parsed, mapping), new Map(), 'skip'), DEFAULT_SETTINGS, T0);
    // The same account twice: the unique index refuses the second write, so the whole import is rolled back.
    const twice = { ...batch, accounts: [...batch.accounts, { ...batch.accounts[0]!, id: 'other' }] };
    await expect(importCreators(twice)).rejects.toThrow();
    expect(await countCreators()).toBe(0);
    // And an invalid record is refused before any write.
    const bad = { ...batch, creators: [{ ...batch.creators[0]!, displayName: 'x'.repeat(400) }] };
    await expect(importCreators(bad)).rejects.toThrow(/displayName/);
    expect(await countCreators()).toBe(0);
  });
});

describe('CSV round trip', () => {
  it('reads back neutralised cells as the text they were', () => {
    const row = checkRow(["'=Ana", 'instagram', 'ana', "'+1 for spring", "'@home"], { name: 0, platform: 1, handle: 2, notes: 3, tags: 4 }, 2);
    expect(row).toMatchObject({ ok: true, record: { name: '=Ana', notes: '+1 for spring', tags: ['@home'] } });
  });
});

describe('CSV export', () => {
  it('neutralises formula injection in every text cell', () => {
    for (const evil of ['=HYPERLINK("http://x")', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) expect(neutraliseCell(evil)).toBe(`'${evil}`);
    expect(neutraliseCell('Ana')).toBe('Ana');
    const creator = CreatorSchema.parse({
      id: 'c1', displayName: '=cmd|"/c calc"!A1', tags: ['@risk'], fit: { notes: '+notes', rubric: {} },
      accounts: [{ accountId: 'a', platform: 'instagram', handle: 'ana', followers: 1000 }], createdAt: T0, updatedAt: T0,
    });
    const csv = creatorsToCsv([creator]);
    const [, row] = Papa.parse<string[]>(csv.replace(/^\uFEFF/, '')).data;
    expect(row?.[0]).toBe('\'=cmd|"/c calc"!A1');
    expect(row?.[8]).toBe("'@risk");
    expect(row?.[15]).toBe("'+notes");
    expect(row?.[10]).toBe('1000');
    expect(row?.[1]).toBe('instagram');
  });
});
