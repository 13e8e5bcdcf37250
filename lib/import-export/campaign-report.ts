/**
 * The campaign report as CSV: one row per creator × deliverable (a creator with no
 * deliverable yet gets one row with the deliverable cells empty), with the
 * collaboration's terms and results on each row. Safe to open in a spreadsheet.
 */
import Papa from 'papaparse';
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_TYPE_LABELS,
  COLLABORATION_STATUS_LABELS,
  DELIVERABLE_STATUS_LABELS,
  type Campaign,
  type Collaboration,
  type Creator,
  type Deliverable,
} from '../domain';
import { neutraliseCell } from './csv-safety';

export const CAMPAIGN_REPORT_COLUMNS = [
  'campaign',
  'campaign_type',
  'campaign_status',
  'creator',
  'platform',
  'handle',
  'collaboration_status',
  'deliverable',
  'deliverable_status',
  'deliverable_due',
  'published_url',
  'cash_amount',
  'cash_currency',
  'product',
  'brief_adherence',
  'reach',
  'impressions',
  'engagements',
  'clicks',
  'conversions',
  'revenue',
] as const;

const iso = (ms: number | undefined) => (ms === undefined ? '' : new Date(ms).toISOString().slice(0, 10));
const num = (n: number | undefined) => n ?? '';

function row(
  campaign: Campaign,
  c: Collaboration,
  creator: Pick<Creator, 'displayName' | 'accounts'> | undefined,
  d: Deliverable | undefined,
): (string | number)[] {
  const account = creator?.accounts[0];
  return [
    campaign.name,
    CAMPAIGN_TYPE_LABELS[campaign.type],
    CAMPAIGN_STATUS_LABELS[campaign.status],
    creator?.displayName ?? `(creator ${c.creatorId} not on the roster)`,
    account?.platform ?? '',
    account?.handle ?? '',
    COLLABORATION_STATUS_LABELS[c.status],
    d?.description ?? '',
    d ? DELIVERABLE_STATUS_LABELS[d.status] : '',
    iso(d?.dueAt),
    d?.publishedUrl ?? '',
    num(c.compensation.cash?.amount),
    c.compensation.cash?.currency ?? '',
    c.compensation.product ?? '',
    num(c.briefAdherence),
    num(c.performance.reach),
    num(c.performance.impressions),
    num(c.performance.engagements),
    num(c.performance.clicks),
    num(c.performance.conversions),
    num(c.performance.revenue),
  ];
}

/**
 * Results and compensation belong to the collaboration, so they repeat on each of its
 * deliverable rows: sum them per creator, not per row.
 */
export function campaignReportCsv(
  campaign: Campaign,
  collaborations: readonly Collaboration[],
  creators: ReadonlyMap<string, Pick<Creator, 'displayName' | 'accounts'>>,
): string {
  const rows: (string | number)[][] = [];
  const ordered = [...collaborations].sort((a, b) =>
    (creators.get(a.creatorId)?.displayName ?? '').localeCompare(creators.get(b.creatorId)?.displayName ?? ''),
  );
  for (const c of ordered) {
    const creator = creators.get(c.creatorId);
    if (c.deliverables.length === 0) rows.push(row(campaign, c, creator, undefined));
    for (const d of c.deliverables) rows.push(row(campaign, c, creator, d));
  }
  const safe = rows.map((r) => r.map((v) => (typeof v === 'string' ? neutraliseCell(v) : v)));
  // A BOM so spreadsheet apps read the file as UTF-8.
  return '\uFEFF' + Papa.unparse({ fields: [...CAMPAIGN_REPORT_COLUMNS], data: safe }, { newline: '\r\n' });
}
