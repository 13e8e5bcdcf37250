import { describe, expect, it, vi } from 'vitest';
import {
  collaborations,
  scanAllData,
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
import { InteractionSchema } from '../../../lib/domain';
import { BACKUP_VERSION, BackupWriter, backupParts, parseBackup } from '../../../lib/import-export/backup-file';
import { exportBackup } from '../../../lib/import-export/backup-export';
import { readBackupFile, type BackupSource } from '../../../lib/import-export/backup-reader';
import { backupSourceOf } from '../helpers/backup-source';
import { T0, DAY, scrapedProfile } from '../db/fixtures';

/** Names and notes in several scripts, so that small chunks cut multi-byte characters in half. */
const ZOE = 'Zoë 🌍 東京 Ñandú';

async function seed(touches = 30): Promise<string> {
  const { creator } = await saveScrapedProfile(scrapedProfile({ displayName: ZOE, bio: 'Café ☕ & 旅行 — “quotes”' }), { now: T0 });
  await saveScrapedProfile(scrapedProfile({ platform: 'tiktok', handle: 'pluto', profileUrl: 'https://www.tiktok.com/@pluto' }), {
    now: T0,
    linkToCreatorId: creator.id,
  });
  await saveScrapedProfile(scrapedProfile({ platform: 'x', handle: 'kikobeats', profileUrl: 'https://x.com/kikobeats', displayName: 'Kiko' }), { now: T0 });
  await updateCreator(creator.id, { segment: 'growth-bet', stage: 'vetting', tags: ['travel', 'été'], owner: 'Dana' }, T0 + DAY);
  for (let i = 0; i < touches; i++) {
    await logInteraction(
      {
        creatorId: creator.id,
        channel: 'instagram-dm',
        direction: i % 2 ? 'inbound' : 'outbound',
        kind: 'check-in',
        summary: `Touch ${i}: 👋🏽 ${ZOE}\nsecond line`,
        occurredAt: T0 + i * DAY,
      },
      T0 + i * DAY,
    );
  }
  await collaborations.put({
    id: 'k1',
    creatorId: creator.id,
    title: 'Launch 🚀',
    status: 'contracted',
    deliverables: [],
    compensation: {},
    disclosure: { required: true, confirmed: false },
    performance: {},
    contractEndsAt: T0 + 90 * DAY,
    createdAt: T0,
    updatedAt: T0,
  });
  await saveTemplate({ id: 't1', name: 'Hello', kind: 'outreach', body: 'Hi {{firstName}} ✨', createdAt: T0, updatedAt: T0 });
  await saveSettings({ ...(await getSettings()), owners: ['Dana', 'Sam'], followUpDelayDays: 3 });
  return creator.id;
}

async function exportText(): Promise<string> {
  const { data, errors } = await readAllData();
  expect(errors).toEqual([]);
  return backupParts(data, { exportedAt: T0, dbVersion: 1 }).join('');
}

/** A file whose stream arrives in chunks of the given sizes (cycled), like a real File read at odd boundaries. */
function fileOf(text: string, chunkSizes: readonly number[] = [65_536]): BackupSource & { bytes: Uint8Array } {
  const bytes = new TextEncoder().encode(text);
  return { ...backupSourceOf(bytes, { chunkSizes }), bytes };
}

function problemsOf(result: Awaited<ReturnType<typeof readBackupFile>>): string[] {
  return result.ok ? [] : result.problems.map((p) => `${p.where}: ${p.message}`);
}

/** The line of the backup text holding `needle`, and its index. */
function lineWith(lines: string[], needle: string): number {
  const index = lines.findIndex((l) => l.includes(needle));
  expect(index).toBeGreaterThan(-1);
  return index;
}

describe('streaming backup reader', () => {
  it('restores what backupParts wrote, exactly, and validates every record once', async () => {
    await seed();
    const before = await readAllData();
    const text = await exportText();
    await deleteAllData();
    const parseSpy = vi.spyOn(InteractionSchema, 'safeParse');
    const progress: [number, number][] = [];
    const file = fileOf(text, [4096]);
    const result = await readBackupFile(file, { onProgress: (done, total) => progress.push([done, total]) });
    expect(problemsOf(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.exportedAt).toBe(new Date(T0).toISOString());
    expect(result.data.interactions).toEqual(before.data.interactions);
    await replaceAllData(result.data);
    // Read once (parse) and written without a second validation.
    expect(parseSpy).toHaveBeenCalledTimes(before.data.interactions.length);
    expect(await readAllData()).toEqual(before);
    // Progress in bytes, never backwards, ending at the file size.
    expect(progress.at(-1)).toEqual([file.size, file.size]);
    expect(progress.every(([done], i) => i === 0 || done >= (progress[i - 1]?.[0] ?? 0))).toBe(true);
    expect(progress.length).toBeGreaterThan(2);
  });

  it('reads the same data whatever the chunk boundaries (multi-byte characters and lines cut across chunks)', async () => {
    await seed(8);
    const text = await exportText();
    const whole = parseBackup(text);
    expect(whole.ok).toBe(true);
    if (!whole.ok) return;
    expect(text).toContain(ZOE);
    const bytes = new TextEncoder().encode(text);
    // Every byte offset of the first multi-byte character falls on a chunk boundary in one of these runs.
    const at = bytes.findIndex((b) => b >= 0x80);
    for (const sizes of [[1], [2], [3], [5, 1, 7], [at, 1, 1, 1], [at + 1, 2], [at + 2, 64], [1000, 3, 17]]) {
      const result = await readBackupFile(fileOf(text, sizes));
      expect(problemsOf(result), `chunks ${sizes.join(',')}`).toEqual([]);
      if (result.ok) expect(result.data).toEqual(whole.data);
    }
  });

  it('accepts Windows line endings and a missing final newline', async () => {
    await seed(2);
    const text = await exportText();
    const expected = parseBackup(text);
    const crlf = await readBackupFile(fileOf(text.replace(/\n/g, '\r\n'), [7]));
    expect(problemsOf(crlf)).toEqual([]);
    const unterminated = await readBackupFile(fileOf(text.trimEnd(), [11]));
    expect(problemsOf(unterminated)).toEqual([]);
    if (crlf.ok && unterminated.ok && expected.ok) {
      expect(crlf.data).toEqual(expected.data);
      expect(unterminated.data).toEqual(expected.data);
    }
  });

  it('lists bad records by store and position, and names lines that are not JSON', async () => {
    await seed(3);
    const lines = (await exportText()).split('\n');
    const touch = lineWith(lines, '"channel":"instagram-dm"');
    lines[touch] = (lines[touch] as string).replace('"channel":"instagram-dm"', '"channel":"pigeon"');
    const template = lineWith(lines, '"name":"Hello"');
    lines[template] = '{"id":"t1","name":}';
    // Damaged beyond what any layout could explain: the whole-file parse must not hide the details.
    const result = await readBackupFile(fileOf(lines.join('\n'), [13]));
    expect(problemsOf(result)).toEqual([
      expect.stringMatching(/^interactions #1: channel: /),
      expect.stringMatching(new RegExp(`^templates #1: line ${template + 1} is not valid JSON`)),
    ]);
  });

  it('lists the first 20 invalid records and counts the rest', async () => {
    await seed(25);
    const text = (await exportText()).replace(/"kind":"check-in"/g, '"kind":"gossip"');
    const result = await readBackupFile(fileOf(text));
    const problems = problemsOf(result);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toMatch(/^interactions #1: kind: /);
    expect(problems[19]).toMatch(/^interactions #20: kind: /);
    expect(problems[20]).toBe('file: …and 5 more invalid records');
  });

  it('finds duplicate ids, handles used twice and records whose creator is missing', async () => {
    const creatorId = await seed(3);
    const lines = (await exportText()).split('\n');
    const touches = lines.filter((l) => l.includes('"channel":"instagram-dm"'));
    const first = JSON.parse((touches[0] as string).replace(/,$/, '')) as { id: string };
    const second = touches[1] as string;
    lines[lines.indexOf(second)] = second.replace(/"id":"[^"]+"/, `"id":"${first.id}"`);
    const account = lineWith(lines, '"profileUrl":"https://x.com/kikobeats"');
    lines[account] = (lines[account] as string).replace('"platform":"x"', '"platform":"tiktok"').replace('"handle":"kikobeats"', '"handle":"pluto"');
    const collab = lineWith(lines, '"title":"Launch');
    lines[collab] = (lines[collab] as string).replace(`"creatorId":"${creatorId}"`, '"creatorId":"ghost"');
    const result = await readBackupFile(fileOf(lines.join('\n')));
    expect(problemsOf(result)).toEqual(
      expect.arrayContaining([
        `interactions ${first.id}: Duplicate id`,
        expect.stringMatching(/^accounts .+: tiktok\/pluto appears twice$/),
        'collaborations k1: Belongs to creator ghost, who is not in the backup',
      ]),
    );
  });

  it('says clearly that a truncated file is incomplete, wherever it was cut', async () => {
    await seed(5);
    const text = await exportText();
    const lines = text.split('\n');
    const touch = lineWith(lines, '"channel":"instagram-dm"');
    const cuts = {
      'mid-record': lines.slice(0, touch).join('\n').length + 40,
      'after a record': lines.slice(0, touch + 1).join('\n').length + 1,
      'after a store': text.indexOf('\n"interactions":[') + 1,
      'after the header': lines[0]!.length + 1,
      'before the very end': text.length - 3,
    };
    for (const [name, cut] of Object.entries(cuts)) {
      const truncated = text.slice(0, cut);
      for (const wholeFileLimit of [0, 1e9]) {
        const result = await readBackupFile(fileOf(truncated, [97]), { wholeFileLimit });
        expect(problemsOf(result).join(' | '), `${name}, whole-file limit ${wholeFileLimit}`).toMatch(/This backup file is incomplete/);
      }
    }
    const midRecord = await readBackupFile(fileOf(text.slice(0, cuts['mid-record'])));
    expect(problemsOf(midRecord)).toEqual([
      'file: This backup file is incomplete: it ends in the middle of the interactions (after 0 of them). It was probably cut short while being saved or copied.',
    ]);
  });

  it('refuses JSON that is not a Rapport backup, small or large', async () => {
    expect(await readBackupFile(fileOf('{"hello": 1}'))).toEqual({ ok: false, problems: [{ where: 'file', message: 'This is not a Rapport backup file.' }] });
    expect(await readBackupFile(fileOf('{\n"format": "other",\n"rows": []\n}\n', [3]))).toEqual({
      ok: false,
      problems: [{ where: 'file', message: 'This is not a Rapport backup file.' }],
    });
    expect(problemsOf(await readBackupFile(fileOf('not json at all')))).toEqual([expect.stringMatching(/^file: Not a JSON file: /)]);
    expect(problemsOf(await readBackupFile(fileOf('')))).toEqual(['file: This file is empty.']);
    const large = await readBackupFile(fileOf(JSON.stringify({ rows: Array.from({ length: 500 }, (_, i) => ({ i })) }), [100]), { wholeFileLimit: 1000 });
    expect(problemsOf(large)).toEqual([
      expect.stringMatching(/^file: This file is not a Rapport backup in the layout Rapport writes .*too large to read as a whole/),
    ]);
  });

  it('restores a valid backup in another JSON layout when it is small enough to parse whole', async () => {
    await seed(4);
    const text = await exportText();
    const expected = parseBackup(text);
    const pretty = JSON.stringify(JSON.parse(text), null, 2);
    const result = await readBackupFile(fileOf(pretty, [9]));
    expect(problemsOf(result)).toEqual([]);
    if (result.ok && expected.ok) expect(result.data).toEqual(expected.data);
    // The same layout, with one record spread over two lines by hand: not the line layout, still valid JSON.
    const lines = text.split('\n');
    const touch = lineWith(lines, '"channel":"instagram-dm"');
    lines[touch] = (lines[touch] as string).replace(',"direction"', ',\n"direction"');
    const edited = await readBackupFile(fileOf(lines.join('\n'), [9]));
    expect(problemsOf(edited)).toEqual([]);
    if (edited.ok && expected.ok) expect(edited.data).toEqual(expected.data);
    const tooBig = await readBackupFile(fileOf(pretty), { wholeFileLimit: pretty.length - 1 });
    expect(problemsOf(tooBig)).toEqual([expect.stringMatching(/too large to read as a whole \(up to 0 MB\)/)]);
  });

  it('refuses a backup from a newer version without reading its records', async () => {
    await seed(2);
    const text = await exportText();
    const newer = text.replace(`"version":${BACKUP_VERSION},`, `"version":${BACKUP_VERSION + 1},`);
    expect(newer).not.toBe(text);
    // Records after the header are garbage: a refusal at the header never gets to them.
    const lines = newer.split('\n');
    const result = await readBackupFile(fileOf([lines[0], 'garbage'].join('\n'), [5]));
    expect(problemsOf(result)).toEqual([
      `file: This backup was made by a newer version of Rapport (format ${BACKUP_VERSION + 1}); update Rapport to restore it.`,
    ]);
    const pretty = await readBackupFile(fileOf(JSON.stringify(JSON.parse(newer), null, 1)));
    expect(problemsOf(pretty)).toEqual([expect.stringMatching(/newer version of Rapport/)]);
  });

  it('refuses a line that breaks the layout when the file is too large to parse whole', async () => {
    await seed(2);
    const lines = (await exportText()).split('\n');
    lines.splice(lines.indexOf('"accounts":['), 0, 'surprise');
    const result = await readBackupFile(fileOf(lines.join('\n')), { wholeFileLimit: 10 });
    expect(problemsOf(result)).toEqual([expect.stringMatching(/^file: Line \d+ does not fit the backup layout: expected a list of records\.$/)]);
  });
});

describe('streaming export', () => {
  it('writes, chunk by chunk as it reads, exactly what backupParts writes for the same data', async () => {
    await seed(7);
    const expected = await exportText();
    const made = await exportBackup({ now: T0 });
    expect(made).toMatchObject({ creators: 2, interactions: 7, unreadable: 0, fileName: 'rapport-backup-2026-03-01-12-00-00.json' });
    // DB_VERSION in the header may differ from the 1 exportText uses.
    expect(made.parts.join('').replace(/"dbVersion":\d+/, '"dbVersion":1')).toBe(expected);
    // Tiny chunks: key-range paging inside a store and across stores, with the next chunk always requested ahead.
    const writer = new BackupWriter();
    const chunks: number[] = [];
    const { settings, errors } = await scanAllData(
      (chunk) => {
        chunks.push(chunk.records.length);
        writer.add(chunk);
      },
      { chunkSize: 2 },
    );
    expect(errors).toEqual([]);
    expect(Math.max(...chunks)).toBe(2);
    expect(writer.finish(settings, { exportedAt: T0, dbVersion: 1 }).join('')).toBe(expected);
  });
});

describe('replaceAllData at size', () => {
  /** One creator with `touches` touches, as a backup would hold them. */
  async function bigBackup(touches: number) {
    const creatorId = await seed(0);
    const { data } = await readAllData();
    const interactions = Array.from({ length: touches }, (_, i) => ({
      id: `touch-${String(i).padStart(6, '0')}`,
      creatorId,
      channel: 'email' as const,
      direction: 'outbound' as const,
      kind: 'check-in' as const,
      summary: `Touch ${i} ✉️`,
      occurredAt: T0 + i,
      createdAt: T0 + i,
      updatedAt: T0 + i,
    }));
    return { ...data, interactions };
  }

  it('writes more records than fit in the waves it queues, reporting progress to the end', async () => {
    const data = await bigBackup(45_000);
    const total = Object.values(data).reduce((n, v) => n + (Array.isArray(v) ? v.length : 0), 0);
    const progress: number[] = [];
    await replaceAllData(data, {
      onProgress: (done, all) => {
        expect(all).toBe(total);
        progress.push(done);
      },
    });
    expect(progress.at(-1)).toBe(total);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const after = await readAllData();
    expect(after.data.interactions).toHaveLength(45_000);
    expect(after.data.interactions.at(-1)).toEqual(data.interactions.at(-1));
  }, 60_000);

  it('rolls everything back when a record of a late wave fails', async () => {
    const data = await bigBackup(45_000);
    // Past the first two waves: the earlier ones were already written inside the transaction.
    data.interactions[44_000] = { ...data.interactions[44_000]!, id: data.interactions[10]!.id };
    await expect(replaceAllData(data)).rejects.toThrow();
    const after = await readAllData();
    expect(after.data.interactions).toHaveLength(0);
    expect(after.data.creators).toHaveLength(2);
  }, 60_000);
});
