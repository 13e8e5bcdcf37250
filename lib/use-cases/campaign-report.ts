/** The campaign report as a CSV file (kept apart from the campaign use cases: only the side panel needs the CSV library). */
import { getCampaign, getCreatorsByIds, listCampaignCollaborations } from '../db';
import type { Creator } from '../domain';
import { campaignReportCsv } from '../import-export/campaign-report';

/** The campaign report (CSV, one row per creator × deliverable) and a file name for it. */
export async function campaignReport(campaignId: string, now = Date.now()): Promise<{ fileName: string; csv: string }> {
  const campaign = await getCampaign(campaignId);
  if (!campaign) throw new Error('That campaign no longer exists');
  const held = (await listCampaignCollaborations(campaignId)).records;
  const { records } = await getCreatorsByIds([...new Set(held.map((c) => c.creatorId))]);
  const creators = new Map<string, Creator>(records.map((c) => [c.id, c]));
  const slug =
    campaign.name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'campaign';
  return { fileName: `rapport-campaign-${slug}-${new Date(now).toISOString().slice(0, 10)}.csv`, csv: campaignReportCsv(campaign, held, creators) };
}
