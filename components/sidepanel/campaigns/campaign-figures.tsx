/** A campaign's figures: spend against budget, results summed from its collaborations, cost per result, and what is due this week. */
import { budgetUse, costPer, dueThisWeek, sumResults, DELIVERABLE_STATUS_LABELS, type Campaign, type Collaboration } from '../../../lib/domain';
import { PERFORMANCE_FIELDS } from '../collaborations/card';
import { formatDate, formatMoney } from '../../ui/format';

export function CampaignFigures(props: { campaign: Campaign; collaborations: readonly Collaboration[]; now: number; nameOf(id: string): string }) {
  const use = budgetUse(props.campaign, props.collaborations);
  const { totals, reporting } = sumResults(props.collaborations);
  const perEngagement = costPer(use.spent, totals.engagements);
  const perConversion = costPer(use.spent, totals.conversions);
  const due = dueThisWeek(props.collaborations, props.now);
  const share = use.share === undefined ? undefined : Math.min(1, use.share);
  const others = Object.entries(use.otherCurrencies);

  return (
    <div className="space-y-2 text-xs">
      <figure data-testid="campaign-spend">
        <figcaption className="font-semibold">Spend against budget</figcaption>
        <p>
          {formatMoney(use.spent, use.currency)} committed
          {use.budget !== undefined ? ` of ${formatMoney(use.budget, use.currency)} (${Math.round((use.share ?? 0) * 100)}%)` : ' (no budget set)'}
          {others.length > 0 && `; also ${others.map(([cur, n]) => formatMoney(n, cur)).join(', ')} in other currencies, not counted against the budget`}
        </p>
        {share !== undefined && (
          <span className="mt-1 block h-2 rounded bg-slate-100 dark:bg-slate-700" aria-hidden="true">
            <span
              className={`block h-2 rounded ${use.share !== undefined && use.share > 1 ? 'bg-rose-600' : 'bg-indigo-600'}`}
              style={{ width: `${share * 100}%` }}
            />
          </span>
        )}
      </figure>
      <div data-testid="campaign-results">
        <p className="font-semibold">Results{reporting ? ` (from ${reporting} of ${props.collaborations.length} collaborations)` : ''}</p>
        {reporting === 0 ? (
          <p>No results recorded yet: enter each collaboration's performance figures once published.</p>
        ) : (
          <dl className="grid grid-cols-3 gap-1">
            {PERFORMANCE_FIELDS.filter(({ key }) => totals[key] !== undefined).map(({ key, label }) => (
              <div key={key}>
                <dt className="text-slate-600 dark:text-slate-300">{label}</dt>
                <dd className="tabular-nums">{(totals[key] ?? 0).toLocaleString()}</dd>
              </div>
            ))}
          </dl>
        )}
        <p>
          Cost per engagement: {perEngagement === undefined ? 'not measurable yet' : formatMoney(perEngagement, use.currency)} · Cost per conversion:{' '}
          {perConversion === undefined ? 'not measurable yet' : formatMoney(perConversion, use.currency)}
        </p>
      </div>
      <div data-testid="campaign-due-week">
        <p className="font-semibold">Due this week</p>
        {due.length === 0 ? (
          <p>Nothing due in the next 7 days.</p>
        ) : (
          <ul>
            {due.map((d) => (
              <li key={`${d.collaborationId}:${d.deliverable.id}`} className={d.late ? 'text-rose-700 dark:text-rose-400' : ''}>
                {formatDate(d.deliverable.dueAt)} · {props.nameOf(d.creatorId)}: {d.deliverable.description} ({DELIVERABLE_STATUS_LABELS[d.deliverable.status]}
                {d.late ? ', late' : ''})
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
