import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { DEFAULT_SETTINGS, CreatorSchema } from '../../../lib/domain';
import {
  findCreatorByAccount,
  findExistingAccounts,
  getAccountsOfCreator,
  countCreators,
  importCreators,
  saveScrapedProfile,
  updateCreator,
} from '../../../lib/db';
import { neutraliseCell } from '../../../lib/import-export/csv-safety';
import { creatorsToCsv } from '../../../lib/import-export/csv-export';
import {
  accountKeysOf,
  checkRows,
  buildImportBatch,
  checkRow,
  customFieldNames,
  guessCustomColumns,
  guessMapping,
  mappingProblems,
  parseCsv,
  refFromProfileUrl,
  reviewImport,
  unmappedColumns,
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
    expect(guessMapping(header)).toMatchObject({
      name: 0,
      platform: 1,
      handle: 2,
      segment: 4,
      stage: 5,
      outreachStatus: 6,
      owner: 7,
      tags: 8,
      niches: 9,
      followers: 10,
      notes: 15,
    });
  });
});

describe('row validation', () => {
  const parsed = parseCsv(CSV);
  const mapping = guessMapping(parsed.headers);

  it('normalises a valid row: handle, platform aliases, counts, labels, lists', () => {
    const row = checkRow(parsed.rows[0]!, mapping, 2);
    expect(row).toMatchObject({
      ok: true,
      record: {
        name: 'Ana Lisboa',
        platform: 'instagram',
        handle: 'ana.travels',
        profileUrl: 'https://www.instagram.com/ana.travels/',
        followers: 12400,
        segment: 'growth-bet',
        stage: 'vetting',
        owner: 'Dana',
        tags: ['travel', 'eu'],
      },
    });
    expect(checkRow(parsed.rows[1]!, mapping, 3)).toMatchObject({ ok: true, record: { platform: 'x', followers: 1200, segment: 'strategic-partner' } });
  });

  it('reports every problem of an invalid row with its line', () => {
    const row = checkRow(parsed.rows[2]!, mapping, 4);
    expect(row.ok).toBe(false);
    if (!row.ok) {
      expect(row.line).toBe(4);
      expect(row.errors).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/Unknown platform "Myspace"/),
          expect.stringMatching(/Followers "lots"/),
          expect.stringMatching(/Unknown segment "Royalty"/),
        ]),
      );
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
    expect(accountKeysOf(checkRows(parsed, mapping))).toEqual([
      ['instagram', 'ana.travels'],
      ['x', 'kikobeats'],
      ['instagram', 'ana.travels'],
    ]);
  });
});

describe('importing into the database', () => {
  it('writes new creators with their accounts, updates existing ones, in one go', async () => {
    const existing = await saveScrapedProfile(
      scrapedProfile({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: 'Kiko' }),
      { now: T0 },
    );
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
    expect(ana?.creator).toMatchObject({
      displayName: 'Ana Lisboa',
      segment: 'growth-bet',
      stage: 'vetting',
      owner: 'Dana',
      tags: ['travel', 'eu'],
      fit: { notes: 'Loves hotels, "boutique" ones' },
    });
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
      id: 'c1',
      displayName: '=cmd|"/c calc"!A1',
      tags: ['@risk'],
      fit: { notes: '+notes', rubric: {} },
      accounts: [{ accountId: 'a', platform: 'instagram', handle: 'ana', followers: 1000 }],
      createdAt: T0,
      updatedAt: T0,
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

describe('contact details and columns that feed no field', () => {
  // The file from the report: an email column used to vanish without a word.
  const REPORTED = ['name,platform,handle,followers,email', 'Kai Cooks,tiktok,kai.cooks,48200,kai@kaicooks.com'].join('\n');

  it('maps an email column to the creator and keeps it through import and both exports', async () => {
    const parsed = parseCsv(REPORTED);
    const mapping = guessMapping(parsed.headers);
    expect(mapping).toEqual({ name: 0, platform: 1, handle: 2, followers: 3, email: 4 });
    expect(unmappedColumns(parsed.headers, mapping, [])).toEqual([]);
    const report = reviewImport(checkRows(parsed, mapping), new Map(), 'skip');
    await importCreators(buildImportBatch(report, DEFAULT_SETTINGS, T0), { now: T0 });
    const kai = await findCreatorByAccount('tiktok', 'kai.cooks');
    expect(kai?.creator.contact).toEqual({ emails: ['kai@kaicooks.com'], languages: [], rateCard: [] });
    const [header, row] = Papa.parse<string[]>(creatorsToCsv([kai!.creator]).replace(/^\uFEFF/, '')).data;
    expect(row?.[header!.indexOf('email')]).toBe('kai@kaicooks.com');
  });

  it('reads every contact column, through the same parsers as the contact form', () => {
    const parsed = parseCsv(
      [
        'Name,Platform,Handle,E-mail,Phone,Agent,Agent email,City,Country,Languages,Rates,Preferred channel',
        'Kai,tiktok,kai.cooks,"kai@kaicooks.com; collabs@kaicooks.com",+34 600,Spoon Talent,mia@spoon.tv,Valencia,Spain,"Spanish, English","Reel: 500 EUR; Story 150 EUR",Email',
        'Bad,tiktok,bad.one,not-an-email,,,mia,,,,Reel lots,Pigeon',
      ].join('\n'),
    );
    const mapping = guessMapping(parsed.headers);
    expect(mapping).toMatchObject({
      email: 3,
      phone: 4,
      agentName: 5,
      agentEmail: 6,
      location: 7,
      country: 8,
      languages: 9,
      rateCard: 10,
      preferredChannel: 11,
    });
    const [good, bad] = checkRows(parsed, mapping);
    expect(good).toMatchObject({
      ok: true,
      record: {
        preferredChannel: 'email',
        contact: {
          emails: ['kai@kaicooks.com', 'collabs@kaicooks.com'],
          phone: '+34 600',
          agent: { name: 'Spoon Talent', email: 'mia@spoon.tv' },
          location: 'Valencia',
          country: 'Spain',
          languages: ['Spanish', 'English'],
          rateCard: [
            { deliverable: 'Reel', amount: 500, currency: 'EUR' },
            { deliverable: 'Story', amount: 150, currency: 'EUR' },
          ],
        },
      },
    });
    expect(bad).toEqual({
      line: 3,
      ok: false,
      errors: [
        'Email(s): "not-an-email" is not an email address',
        'Agent\'s email: "mia" is not an email address',
        'Rate card: "Reel lots" is not a rate: write it as "Reel: 500 EUR"',
        'Unknown preferred channel "Pigeon"',
      ],
    });
  });

  it('lists columns that feed no field, and keeps the chosen ones as custom fields named after the column', () => {
    const parsed = parseCsv(['name,platform,handle,Media kit,Internal ID,,Media kit', 'Kai,tiktok,kai.cooks,https://kai.example/kit,K-17,x,second'].join('\n'));
    const mapping = guessMapping(parsed.headers);
    expect(unmappedColumns(parsed.headers, mapping, [])).toEqual([3, 4, 5, 6]);
    expect(customFieldNames(parsed.headers).slice(3)).toEqual(['Media kit', 'Internal ID', 'Column 6', 'Media kit (2)']);
    expect(unmappedColumns(parsed.headers, mapping, [3, 6])).toEqual([4, 5]);
    const [row] = checkRows(parsed, mapping, [3, 6]);
    expect(row).toMatchObject({ ok: true, record: { customFields: { 'Media kit': 'https://kai.example/kit', 'Media kit (2)': 'second' } } });
    expect(row?.ok && row.record.customFields).not.toHaveProperty('Internal ID');
  });

  it('exports custom fields as custom: columns that the import keeps again without asking', () => {
    const creator = CreatorSchema.parse({
      id: 'c1',
      displayName: 'Kai',
      customFields: { 'Media kit': '=evil()' },
      contact: { emails: ['kai@kaicooks.com'] },
      accounts: [{ accountId: 'a', platform: 'tiktok', handle: 'kai.cooks' }],
      createdAt: T0,
      updatedAt: T0,
    });
    const parsed = parseCsv(creatorsToCsv([creator]));
    expect(parsed.headers.at(-1)).toBe('custom:Media kit');
    expect(parsed.rows[0]?.at(-1)).toBe("'=evil()");
    const mapping = guessMapping(parsed.headers);
    const custom = guessCustomColumns(parsed.headers, mapping);
    expect(custom).toEqual([parsed.headers.length - 1]);
    const [row] = checkRows(parsed, mapping, custom);
    expect(row).toMatchObject({ ok: true, record: { customFields: { 'Media kit': '=evil()' }, contact: { emails: ['kai@kaicooks.com'] } } });
    // Derived columns of the export (fit score, health, dates) are listed as not imported, never silently dropped.
    expect(unmappedColumns(parsed.headers, mapping, custom).map((i) => parsed.headers[i])).toEqual([
      'other_accounts',
      'fit_score',
      'health',
      'last_contact',
      'next_due',
    ]);
  });

  it('merges contact details into a creator already on the roster instead of replacing them', async () => {
    const { creator } = await saveScrapedProfile(
      scrapedProfile({ platform: 'tiktok', handle: 'kai.cooks', profileUrl: 'https://www.tiktok.com/@kai.cooks', displayName: 'Kai' }),
      { now: T0 },
    );
    await updateCreator(
      creator.id,
      { contact: { emails: ['kai@kaicooks.com'], languages: [], rateCard: [], phone: '+34 600' }, customFields: { Kept: 'yes' } },
      T0,
    );
    const parsed = parseCsv(['name,platform,handle,email,Preferred channel,Media kit', 'Kai,tiktok,kai.cooks,new@kaicooks.com,Email,kit.pdf'].join('\n'));
    const mapping = guessMapping(parsed.headers);
    const checks = checkRows(parsed, mapping, [5]);
    const report = reviewImport(checks, await findExistingAccounts(accountKeysOf(checks)), 'update');
    expect(report.counts.update).toBe(1);
    await importCreators(buildImportBatch(report, DEFAULT_SETTINGS, T0), { now: T0 });
    const after = (await findCreatorByAccount('tiktok', 'kai.cooks'))?.creator;
    expect(after?.contact).toEqual({ emails: ['kai@kaicooks.com', 'new@kaicooks.com'], languages: [], rateCard: [], phone: '+34 600' });
    expect(after?.customFields).toEqual({ Kept: 'yes', 'Media kit': 'kit.pdf' });
    expect(after?.preferences.preferredChannel).toBe('email');
  });
});
