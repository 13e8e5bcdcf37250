/**
 * The portfolio across campaigns: spend and results per segment and per campaign,
 * cost per engagement and per conversion, the repeat-collaboration rate by segment,
 * and attention share (touches in the last 90 days) against what each segment's
 * cadence intends. Every chart is also a table or a list of numbers (its text alternative).
 */
import { useMemo } from 'react';
import {
  ATTENTION_WINDOW_DAYS,
  SEGMENTS,
  SEGMENT_LABELS,
  attentionShare,
  figuresByCampaign,
  figuresBySegment,
  repeatRateBySegment,
  type Collaboration,
  type Settings,
  type SpendAndResults,
} from '../../lib/domain';
import { listCampaigns, listTouchesSince } from '../../lib/db';
import type { RosterRow } from '../../lib/roster/rows';
import { DAY_MS } from '../../lib/domain/time';
import { useDbQuery } from '../ui/use-db-query';
import { BarChart } from '../ui/controls';
import { formatMoney } from '../ui/format';

const pct = (share: number | undefined) => (share === undefined ? '–' : `${Math.round(share * 100)}%`);
const amount = (n: number | undefined, currency: string | undefined) => (n === undefined || !currency ? '–' : formatMoney(n, currency));

function FiguresTable(props: { caption: string; rows: { key: string; label: string; figures: SpendAndResults }[]; testId: string }) {
  return (
    <div className="overflow-auto" tabIndex={0} role="region" aria-label={props.caption}>
      <table className="mt-1 w-full text-xs" data-testid={props.testId}>
        <caption className="text-left text-xs font-semibold uppercase tracking-wide">{props.caption}</caption>
        <thead>
          <tr>
            {['', 'Collabs', 'Spend', 'Engagements', 'Conversions', 'Per engagement', 'Per conversion'].map((h) => (
              <th key={h} scope="col" className="px-1 text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map(({ key, label, figures: f }) => (
            <tr key={key}>
              <th scope="row" className="px-1 text-left font-medium">
                {label}
              </th>
              <td className="px-1 tabular-nums">{f.collaborations}</td>
              <td className="px-1 tabular-nums">
                {Object.entries(f.spend)
                  .map(([cur, n]) => amount(n, cur))
                  .join(' + ') || '–'}
              </td>
              <td className="px-1 tabular-nums">{f.engagements?.toLocaleString() ?? '–'}</td>
              <td className="px-1 tabular-nums">{f.conversions?.toLocaleString() ?? '–'}</td>
              <td className="px-1 tabular-nums">{amount(f.costPerEngagement, f.currency)}</td>
              <td className="px-1 tabular-nums">{amount(f.costPerConversion, f.currency)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function PortfolioCampaignFigures(props: { rows: readonly RosterRow[]; collaborations: readonly Collaboration[]; settings: Settings; now: number }) {
  const campaigns = useDbQuery(() => listCampaigns(), ['campaigns'], []);
  const since = props.now - ATTENTION_WINDOW_DAYS * DAY_MS;
  const touches = useDbQuery(() => listTouchesSince(since), ['interactions'], [Math.floor(since / DAY_MS)]);
  const bySegment = useMemo(() => figuresBySegment(props.rows, props.collaborations), [props.rows, props.collaborations]);
  const repeat = useMemo(() => repeatRateBySegment(props.rows, props.collaborations), [props.rows, props.collaborations]);
  const attention = useMemo(
    () => (touches.status === 'ready' ? attentionShare(props.rows, touches.data.records, props.settings, props.now) : []),
    [props.rows, touches, props.settings, props.now],
  );
  const byCampaign = campaigns.status === 'ready' ? figuresByCampaign(campaigns.data.records, props.collaborations) : [];
  const placed = SEGMENTS.filter((s) => s !== 'unassigned' || bySegment[s].collaborations > 0);

  return (
    <div className="space-y-3" data-testid="portfolio-campaign-figures">
      <FiguresTable
        caption="Spend and results by segment"
        testId="figures-by-segment"
        rows={placed.map((s) => ({ key: s, label: SEGMENT_LABELS[s], figures: bySegment[s] }))}
      />
      {byCampaign.length > 0 && (
        <FiguresTable
          caption="Spend and results by campaign"
          testId="figures-by-campaign"
          rows={byCampaign.map((c) => ({ key: c.campaignId, label: c.name, figures: c.figures }))}
        />
      )}
      <BarChart
        title="Repeat collaborations by segment (% of creators worked with, twice or more)"
        items={placed.map((s) => ({
          label: `${SEGMENT_LABELS[s]} (${repeat[s].repeated}/${repeat[s].collaborated})`,
          value: Math.round((repeat[s].rate ?? 0) * 100),
          tone: 'bg-emerald-600',
        }))}
      />
      <figure data-testid="attention-share">
        <figcaption className="text-xs font-semibold uppercase tracking-wide">
          Attention share: touches in the last {ATTENTION_WINDOW_DAYS} days against the cadence&apos;s intent
        </figcaption>
        <table className="mt-1 w-full text-xs">
          <thead>
            <tr>
              <th scope="col" className="px-1 text-left">
                Segment
              </th>
              <th scope="col" className="px-1 text-left">
                Touches
              </th>
              <th scope="col" className="px-1 text-left">
                Actual
              </th>
              <th scope="col" className="px-1 text-left">
                Intended
              </th>
              <th scope="col" className="w-1/3 px-1">
                <span className="sr-only">Chart</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {attention
              .filter((a) => a.creators > 0)
              .map((a) => (
                <tr key={a.segment}>
                  <th scope="row" className="px-1 text-left font-medium">
                    {SEGMENT_LABELS[a.segment]}
                  </th>
                  <td className="px-1 tabular-nums">{a.touches}</td>
                  <td className="px-1 tabular-nums">{pct(a.actual)}</td>
                  <td className="px-1 tabular-nums">{pct(a.intended)}</td>
                  <td className="px-1" aria-hidden="true">
                    <span className="block h-1.5 rounded bg-indigo-600" style={{ width: `${(a.actual ?? 0) * 100}%` }} />
                    <span className="mt-0.5 block h-1.5 rounded bg-slate-400" style={{ width: `${(a.intended ?? 0) * 100}%` }} />
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </figure>
    </div>
  );
}
