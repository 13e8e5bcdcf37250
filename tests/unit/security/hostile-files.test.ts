/**
 * Broken and hostile files: each gives a clear, specific error, and the roster
 * is exactly as it was afterwards (a full export before and after compared).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { logInteraction, readAllData, saveScrapedProfile } from '../../../lib/db';
import { backupParts } from '../../../lib/import-export/backup-file';
import { readBackupFile } from '../../../lib/import-export/backup-reader';
import { backupSourceOf } from '../helpers/backup-source';
import { checkPlan, commitCsvImport, findRowsOnRoster, initialColumnPlan, openCsvImport, reviewRows } from '../../../lib/use-cases/csv-import';
import { T0, scrapedProfile } from '../db/fixtures';

const noRecount = async () => undefined;
const exportNow = async () => backupParts((await readAllData()).data, { exportedAt: 1, dbVersion: 4 }).join('');

const fileOf = (bytes: Uint8Array) => backupSourceOf(bytes);
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) out.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], 2 + i * 2);
  return out;
}

let before = '';
let valid = '';
beforeEach(async () => {
  const { creator } = await saveScrapedProfile(scrapedProfile(), { now: T0 });
  await logInteraction({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', summary: 'Hello', occurredAt: T0 }, T0);
  before = await exportNow();
  valid = before;
});

describe('hostile backup files', () => {
  const cases: [string, () => Uint8Array, RegExp][] = [
    ['an empty file', () => utf8(''), /^file: This file is empty\.$/],
    ['binary garbage', () => new Uint8Array([0, 159, 146, 150, 255, 0, 1, 2, 3]), /^file: Not a JSON file: /],
    ['the backup saved as UTF-16', () => utf16le(valid), /^file: Not a JSON file: /],
    ['a backup cut short', () => utf8(valid.slice(0, Math.floor(valid.length * 0.6))), /incomplete/],
    ['a backup cut inside the name of a list', () => utf8(valid.slice(0, valid.lastIndexOf('"interactions"') + 8)), /incomplete/],
    ['a backup from a newer version', () => utf8(valid.replace(/"version":\d+,/, '"version":99,')), /newer version of Rapport \(format 99\)/],
    ['another JSON file', () => utf8('{"format":"something-else","version":1,"data":{}}'), /not a Rapport backup|Damaged backup/],
    ['a record with the wrong types', () => utf8(valid.replace(/"displayName":"Pluto"/, '"displayName":{"$gt":""}')), /displayName/],
    ['a huge field', () => utf8(valid.replace(/"displayName":"Pluto"/, `"displayName":"${'x'.repeat(2_000_000)}"`)), /displayName|too long|characters/i],
    [
      'duplicate keys hiding a second id',
      () => utf8(valid.replace(/\{"id":"([^"]+)","displayName"/, '{"id":"$1","id":"$1-forged","displayName"')),
      /creator|Belongs to creator|not in the backup/,
    ],
  ];
  it.each(cases)('%s: refused with a specific message, nothing changed', async (_name, bytes, message) => {
    const read = await readBackupFile(fileOf(bytes()));
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems.map((p) => `${p.where}: ${p.message}`).join('\n')).toMatch(message);
    expect(await exportNow()).toBe(before);
  });
});

describe('hostile CSV files', () => {
  it('refuses a UTF-16 file up front, in words', () => {
    expect(openCsvImport('roster.csv', new TextDecoder().decode(utf16le('name,platform,handle\nAna,instagram,ana')))).toEqual({
      ok: false,
      error: 'This file is not UTF-8 text (it looks like UTF-16 or a binary file). Save it as "CSV UTF-8" and import it again.',
    });
  });

  const rows: [string, string, RegExp][] = [
    [
      'an unknown platform and a count that is not one',
      'name,platform,handle,followers\nAna,myspace,ana,lots',
      /Unknown platform "myspace"; Followers "lots" is not a number/,
    ],
    ['a handle the site would not accept', 'name,platform,handle\nAna,instagram,<script>', /Handle "<script>" is not a Instagram profile/],
    ['a javascript: profile URL', 'name,profile url\nAna,javascript:alert(1)', /is not a profile on a supported platform/],
    ['a huge note', `name,platform,handle,notes\nAna,instagram,ana,${'x'.repeat(25_000)}`, /Notes are longer than 20,000 characters/],
    ['a bad email', 'name,platform,handle,email\nAna,instagram,ana,=HYPERLINK("http://x")', /is not an email address/],
    ['a truncated quoted cell', 'name,platform,handle,notes\nAna,instagram,ana,"never closed', /./],
  ];
  it.each(rows)('%s: the row is refused with its reason, and nothing is written', async (_name, text, message) => {
    const opened = openCsvImport('roster.csv', text);
    if (!opened.ok) throw new Error(opened.error);
    const checks = checkPlan(opened.session, initialColumnPlan(opened.session));
    const report = checks ? reviewRows(checks, await findRowsOnRoster(checks), 'skip') : null;
    const problems = [
      ...opened.session.parsed.problems.map((p) => p.message),
      ...(report?.outcomes.flatMap((o) => (o.status === 'invalid' ? o.errors : [])) ?? []),
    ].join('; ');
    expect(problems).toMatch(message);
    // Each file has one row: when it is refused there is nothing to write, and even committing the review writes nothing.
    if (report && report.counts.invalid > 0) {
      expect(report.counts.new + report.counts.update).toBe(0);
      await commitCsvImport(report, {}, noRecount);
    }
    expect(await exportNow()).toBe(before);
  });

  it('keeps formula cells as text, never as formulas', async () => {
    const opened = openCsvImport('roster.csv', 'name,platform,handle,notes\n=cmd|"/c calc"!A1,instagram,ana,@SUM(A1)');
    if (!opened.ok) throw new Error(opened.error);
    const checks = checkPlan(opened.session, initialColumnPlan(opened.session))!;
    expect(checks[0]).toMatchObject({ ok: true, record: { name: '=cmd|"/c calc"!A1', notes: '@SUM(A1)' } });
  });
});
