/**
 * The Campaigns view: every campaign with its status and dates, a form to start one,
 * a campaign's own page, and the keep-warm queue for the time between campaigns.
 */
import { useState } from 'react';
import { CAMPAIGN_STATUS_LABELS, CAMPAIGN_TYPES, CAMPAIGN_TYPE_LABELS, type CampaignType } from '../../../lib/domain';
import { listCampaigns } from '../../../lib/db';
import { createCampaign } from '../../../lib/use-cases/campaigns';
import { useDbQuery } from '../../ui/use-db-query';
import { EmptyState, ErrorNote, buttonClass, errorMessage, inputClass, primaryButtonClass } from '../../ui/controls';
import { EnumSelect } from '../../ui/enum-select';
import { formatDate } from '../../ui/format';
import type { RosterState } from '../use-roster';
import { CampaignDetail } from './campaign-detail';
import { KeepWarm } from './keep-warm';

export function CampaignsView(props: { roster: RosterState; now: number; onOpenCreator(id: string): void }) {
  const campaigns = useDbQuery(() => listCampaigns(), ['campaigns'], []);
  const [openId, setOpenId] = useState<string | null>(null);
  const [keepWarm, setKeepWarm] = useState(false);
  const [name, setName] = useState('');
  const [type, setType] = useState<CampaignType>('launch');
  const [error, setError] = useState<string | null>(null);

  if (openId)
    return (
      <CampaignDetail
        campaignId={openId}
        roster={props.roster}
        now={props.now}
        onBack={() => setOpenId(null)}
        onOpen={setOpenId}
        onOpenCreator={props.onOpenCreator}
      />
    );
  if (keepWarm) return <KeepWarm onBack={() => setKeepWarm(false)} />;

  const list = campaigns.status === 'ready' ? campaigns.data.records : [];
  return (
    <section aria-label="Campaigns" className="min-h-0 flex-1 space-y-3 overflow-auto p-3">
      <form
        className="flex flex-wrap items-end gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          setError(null);
          createCampaign({ name, type }).then(
            (made) => {
              setName('');
              setOpenId(made.id);
            },
            (err: unknown) => setError(errorMessage(err)),
          );
        }}
      >
        <label className="flex min-w-0 flex-1 flex-col text-xs">
          New campaign
          <input
            className={inputClass}
            data-testid="campaign-new-name"
            placeholder="e.g. Summer launch 2027"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <label className="flex flex-col text-xs">
          Type
          <EnumSelect
            className={inputClass}
            data-testid="campaign-new-type"
            value={type}
            options={CAMPAIGN_TYPES}
            labels={CAMPAIGN_TYPE_LABELS}
            onChange={setType}
          />
        </label>
        <button type="submit" className={primaryButtonClass} data-testid="campaign-create">
          Create
        </button>
        <button type="button" className={buttonClass} data-testid="keep-warm-open" onClick={() => setKeepWarm(true)}>
          Keep warm…
        </button>
      </form>
      {error && <ErrorNote>{error}</ErrorNote>}
      {campaigns.status === 'error' && <ErrorNote>Could not read the campaigns: {campaigns.error.message}</ErrorNote>}
      {campaigns.status === 'ready' && list.length === 0 ? (
        <EmptyState title="No campaigns yet">
          A campaign holds the collaborations of several creators: brief, budget, deliverables on a board, results. Create one above, then add creators from the
          roster (select, then “Add to campaign”) or from a profile page.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700" data-testid="campaign-list">
          {list.map((c) => (
            <li key={c.id}>
              <button
                type="button"
                className="w-full py-2 text-left hover:bg-slate-50 dark:hover:bg-slate-800"
                data-testid="campaign-row"
                onClick={() => setOpenId(c.id)}
              >
                <span className="font-medium">{c.name}</span>
                <span className="block text-xs text-slate-600 dark:text-slate-300">
                  {CAMPAIGN_TYPE_LABELS[c.type]} · {CAMPAIGN_STATUS_LABELS[c.status]}
                  {c.startsAt !== undefined ? ` · ${formatDate(c.startsAt)}` : ''}
                  {c.endsAt !== undefined ? ` – ${formatDate(c.endsAt)}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
