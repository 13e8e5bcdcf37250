/** CSV export of creators (the roster selection or everyone), safe to open in a spreadsheet. */
import Papa from 'papaparse';
import {
  HEALTH_LABELS,
  OUTREACH_LABELS,
  SEGMENT_LABELS,
  STAGE_LABELS,
  fitScore,
  totalFollowers,
  type Creator,
} from '../domain';
import { neutraliseCell } from './csv-safety';

/** Column names; the import maps these back automatically. */
export const EXPORT_COLUMNS = [
  'name',
  'platform',
  'handle',
  'other_accounts',
  'segment',
  'stage',
  'outreach_status',
  'owner',
  'tags',
  'niches',
  'followers',
  'fit_score',
  'health',
  'last_contact',
  'next_due',
  'notes',
] as const;

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString());

function cells(creator: Creator): (string | number)[] {
  const [primary, ...others] = creator.accounts;
  const followers = totalFollowers(creator);
  const fit = fitScore(creator.fit.rubric);
  return [
    creator.displayName,
    primary?.platform ?? '',
    primary?.handle ?? '',
    others.map((a) => `${a.platform}:${a.handle}`).join('; '),
    SEGMENT_LABELS[creator.segment],
    STAGE_LABELS[creator.stage],
    OUTREACH_LABELS[creator.outreachStatus],
    creator.owner ?? '',
    creator.tags.join('; '),
    creator.niches.join('; '),
    followers ?? '',
    fit ?? '',
    creator.health ? `${HEALTH_LABELS[creator.health.label]} (${creator.health.score})` : '',
    iso(creator.lastContactAt),
    iso(creator.nextDueAt),
    creator.fit.notes,
  ];
}

/** Every text cell is neutralised against formula injection; numbers are written as numbers. */
export function creatorsToCsv(creators: readonly Creator[]): string {
  const rows = creators.map((c) => cells(c).map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)));
  // A BOM so spreadsheet apps read the file as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...EXPORT_COLUMNS], data: rows }, { newline: '\r\n' });
}
