/**
 * One campaign: its brief and terms, the figures (spend against budget, results,
 * cost per result), what is due this week, the deliverables board, the creators in
 * it, the report, and "run again" once it is done.
 */
import { useState } from 'react';
import { getCampaign, listCampaignCollaborations } from '../../../lib/db';
import type { Campaign, Collaboration } from '../../../lib/domain';
import { removeCampaign, updateCampaign } from '../../../lib/use-cases/campaigns';
import { campaignReport } from '../../../lib/use-cases/campaign-report';
import { useDbQuery } from '../../ui/use-db-query';
import { ErrorNote, buttonClass, dangerButtonClass, downloadBlob, errorMessage } from '../../ui/controls';
import type { RosterState } from '../use-roster';
import { CampaignFields } from './campaign-fields';
import { CampaignFigures } from './campaign-figures';
import { DeliverableBoard } from './deliverable-board';
import { CampaignCreators } from './campaign-creators';
import { RunAgain } from './run-again';

export function CampaignDetail(props: {
  campaignId: string;
  roster: RosterState;
  now: number;
  onBack(): void;
  onOpen(id: string): void;
  onOpenCreator(id: string): void;
}) {
  const data = useDbQuery(
    async () => ({ campaign: await getCampaign(props.campaignId), collaborations: (await listCampaignCollaborations(props.campaignId)).records }),
    ['campaigns', 'collaborations'],
    [props.campaignId],
  );
  const [error, setError] = useState<string | null>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const nameOf = (id: string) => props.roster.index.get(id)?.displayName ?? 'Unknown creator';
  const run = (work: () => Promise<unknown>) => {
    setError(null);
    work().catch((e: unknown) => setError(errorMessage(e)));
  };

  if (data.status === 'loading') return null;
  if (data.status === 'error') return <ErrorNote>Could not read the campaign: {data.error.message}</ErrorNote>;
  const { campaign, collaborations } = data.data;
  if (!campaign) {
    return (
      <section className="p-3">
        <p>This campaign no longer exists.</p>
        <button type="button" className={buttonClass} onClick={props.onBack}>
          Back to campaigns
        </button>
      </section>
    );
  }
  const save = (next: Campaign) => run(() => updateCampaign(next));
  const sorted: Collaboration[] = [...collaborations].sort((a, b) => nameOf(a.creatorId).localeCompare(nameOf(b.creatorId)));

  return (
    <section aria-label={`Campaign ${campaign.name}`} className="min-h-0 flex-1 space-y-3 overflow-auto p-3" data-testid="campaign-detail">
      <div className="flex items-center justify-between gap-2">
        <button type="button" className={buttonClass} onClick={props.onBack}>
          ← Campaigns
        </button>
        <div className="flex gap-1">
          <button
            type="button"
            className={buttonClass}
            data-testid="campaign-export"
            onClick={() =>
              run(async () => {
                const report = await campaignReport(campaign.id);
                downloadBlob(new Blob([report.csv], { type: 'text/csv;charset=utf-8' }), report.fileName);
              })
            }
          >
            Export report (CSV)
          </button>
          {confirmDelete ? (
            <button type="button" className={dangerButtonClass} onClick={() => run(async () => (await removeCampaign(campaign.id), props.onBack()))}>
              Delete (collaborations stay)
            </button>
          ) : (
            <button type="button" className={buttonClass} onClick={() => setConfirmDelete(true)}>
              Delete…
            </button>
          )}
        </div>
      </div>
      <h2 className="text-base font-semibold" data-testid="campaign-title">
        {campaign.name}
      </h2>
      {error && <ErrorNote>{error}</ErrorNote>}
      <CampaignFields campaign={campaign} save={save} />
      <CampaignFigures campaign={campaign} collaborations={collaborations} now={props.now} nameOf={nameOf} />
      <DeliverableBoard collaborations={sorted} nameOf={nameOf} onError={setError} />
      <CampaignCreators collaborations={sorted} nameOf={nameOf} onOpenCreator={props.onOpenCreator} onError={setError} />
      {campaign.status === 'done' && <RunAgain campaign={campaign} onCreated={props.onOpen} />}
    </section>
  );
}
