/**
 * Campaigns in lib/db and the use cases over them: adding creators (all or nothing),
 * deleting, the mark-done flow with its feedback reminder settled by a feedback touch,
 * live campaigns quieting the cadence, fit reviews, backups with campaigns, the
 * campaign report, and campaigns in the team outbox.
 */
import { describe, expect, it } from 'vitest';
import {
  addCreatorsToCampaign,
  beginTeamMembership,
  collaborations,
  completeDueItem,
  deleteCampaign,
  getCampaign,
  getCreator,
  listCampaignCollaborations,
  listCreatorsInLiveCampaigns,
  listDueItems,
  logInteraction,
  readAllData,
  readOutbox,
  recomputeHealth,
  reminders,
  replaceAllData,
  saveScrapedProfile,
  summariseDue,
  updateCreator,
} from '../../../lib/db';
import { newCampaign, type Campaign } from '../../../lib/domain';
import {
  addToCampaign,
  completeCollaboration,
  createCampaign,
  moveDeliverable,
  runCampaignAgain,
  updateCampaign,
  returningCreators,
} from '../../../lib/use-cases/campaigns';
import { campaignReport } from '../../../lib/use-cases/campaign-report';
import { acceptStageSuggestion, loadStageSuggestions, markFitReviewed, setTouchSignal } from '../../../lib/use-cases/lifecycle';
import { backupParts, parseBackup } from '../../../lib/import-export/backup-file';
import { keepWarmMessage, loadKeepWarmQueue } from '../../../lib/use-cases/keep-warm';
import type { TeamState } from '../../../lib/team/state';
import { DAY, T0, scrapedProfile } from './fixtures';

const noRecount = async () => undefined;

async function creator(handle: string, name = handle) {
  const { creator } = await saveScrapedProfile(scrapedProfile({ handle, displayName: name, profileUrl: `https://www.instagram.com/${handle}/` }), { now: T0 });
  return creator.id;
}

describe('adding creators to a campaign', () => {
  it('creates one proposed collaboration per creator, titled after the campaign, and skips those already in it', async () => {
    const [a, b] = [await creator('ana.travels', 'Ana'), await creator('bo.eats', 'Bo')];
    const campaign = await createCampaign({ name: 'Spring launch', type: 'launch' }, T0);
    expect(await addToCampaign(campaign.id, [a, b, a], noRecount)).toEqual({ added: 2, alreadyIn: 0 });
    expect(await addToCampaign(campaign.id, [b], noRecount)).toEqual({ added: 0, alreadyIn: 1 });
    const held = (await listCampaignCollaborations(campaign.id)).records;
    expect(held.map((c) => [c.creatorId, c.title, c.status, c.campaignId]).sort()).toEqual(
      [
        [a, 'Spring launch', 'proposed', campaign.id],
        [b, 'Spring launch', 'proposed', campaign.id],
      ].sort(),
    );
  });

  it('refuses the whole batch when one creator is not on the roster, or the campaign is gone', async () => {
    const a = await creator('ana.travels');
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await expect(addCreatorsToCampaign(campaign.id, [a, 'nobody'])).rejects.toThrow(/nobody is not on the roster/);
    expect((await listCampaignCollaborations(campaign.id)).records).toEqual([]);
    await expect(addCreatorsToCampaign('missing', [a])).rejects.toThrow(/no longer exists/);
    await expect(addToCampaign(campaign.id, [], noRecount)).rejects.toThrow(/Select the creators/);
  });

  it('deleting a campaign keeps its collaborations, campaign-less', async () => {
    const a = await creator('ana.travels');
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a]);
    await deleteCampaign(campaign.id);
    expect(await getCampaign(campaign.id)).toBeUndefined();
    const kept = (await collaborations.listForCreator(a)).records;
    expect(kept).toHaveLength(1);
    expect(kept[0]?.campaignId).toBeUndefined();
  });

  it('refuses an invalid campaign with a clear error and stores nothing', async () => {
    await expect(createCampaign({ name: '  ' })).rejects.toThrow(/Give the campaign a name/);
    const bad: Campaign = { ...newCampaign({ name: 'Dates' }, T0), startsAt: T0, endsAt: T0 - DAY };
    await expect(updateCampaign(bad, noRecount)).rejects.toThrow(/end date is before the start date/);
    expect(await getCampaign(bad.id)).toBeUndefined();
  });
});

describe('from deliverables to feedback', () => {
  it('moves a deliverable on the board; marking the collaboration done with its rating opens feedback and celebration reminders, which touches settle', async () => {
    const a = await creator('ana.travels', 'Ana');
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    let [collab] = (await listCampaignCollaborations(campaign.id)).records;
    collab = await collaborations.put({ ...collab!, deliverables: [{ id: 'd1', description: 'Reel', status: 'briefed' }] });
    collab = await moveDeliverable(collab, 'd1', 'published');
    expect(collab.deliverables[0]?.status).toBe('published');
    await expect(moveDeliverable(collab, 'nope', 'approved')).rejects.toThrow(/no longer in the collaboration/);
    await expect(completeCollaboration(collab, 6)).rejects.toThrow(/from 1 to 5/);

    const now = Date.now();
    const done = await completeCollaboration(collab, 5, now);
    expect(done).toMatchObject({ status: 'completed', briefAdherence: 5, completedAt: now });
    const due = (await listDueItems(now + 1)).records.filter((i) => i.kind === 'feedback' || i.kind === 'celebration');
    expect(due.map((i) => [i.kind, i.creatorName]).sort()).toEqual([
      ['celebration', 'Ana'],
      ['feedback', 'Ana'],
    ]);

    // A feedback touch settles the feedback reminder; "done" on the celebration logs a celebration touch.
    await logInteraction({ creatorId: a, channel: 'email', direction: 'outbound', kind: 'feedback', summary: 'Great numbers', occurredAt: now + 2 }, now + 2);
    expect((await reminders.get(`feedback:${done.id}`))?.status).toBe('done');
    const celebration = (await listDueItems(now + 3)).records.find((i) => i.kind === 'celebration');
    const result = await completeDueItem(celebration!.ref, now + 3);
    expect(result.loggedTouchId).toBeDefined();
    expect((await reminders.get(`celebration:${done.id}`))?.status).toBe('done');
    expect((await listDueItems(now + 4)).records.filter((i) => i.kind === 'feedback' || i.kind === 'celebration')).toEqual([]);
  });

  it('a well-rated test collaboration suggests an active partnership; accepting lands it in the stage history with the reason', async () => {
    const a = await creator('ana.travels');
    await updateCreator(a, { stage: 'test-collaboration' }, T0);
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    const [collab] = (await listCampaignCollaborations(campaign.id)).records;
    await completeCollaboration(collab!, 4);
    const [suggestion] = await loadStageSuggestions(a);
    expect(suggestion).toMatchObject({ stage: 'active-partner' });
    const updated = await acceptStageSuggestion(a, suggestion!, undefined, noRecount);
    expect(updated.stage).toBe('active-partner');
    expect(updated.stageHistory.at(-1)).toMatchObject({ stage: 'active-partner', note: `Suggested: ${suggestion!.reason}` });
    expect(await loadStageSuggestions(a)).toEqual([]);
    await expect(acceptStageSuggestion(a, suggestion!, 'renewal', noRecount)).rejects.toThrow(/not part of the suggestion/);
  });

  it('a signal noted on a touch counts in the stored health at once', async () => {
    const a = await creator('ana.travels');
    const { interaction } = await logInteraction({ creatorId: a, channel: 'email', direction: 'inbound', kind: 'other', occurredAt: Date.now() });
    const before = (await getCreator(a))?.health;
    await setTouchSignal(interaction, 'enthusiasm', 'negative');
    await setTouchSignal({ ...interaction, signals: { enthusiasm: 'negative' } }, 'proactiveIdeas', 'negative');
    const after = (await getCreator(a))?.health;
    expect(after?.score).toBeLessThan(before?.score ?? 0);
  });
});

describe('live campaigns and the cadence', () => {
  it('a creator in a live campaign is not due for a check-in while the campaign runs; the badge count agrees', async () => {
    const [a, b] = [await creator('ana.travels', 'Ana'), await creator('bo.eats', 'Bo')];
    for (const id of [a, b]) await updateCreator(id, { segment: 'strategic-partner' }, T0);
    const later = T0 + 60 * DAY;
    const cadenceNames = async () =>
      (await listDueItems(later)).records
        .filter((i) => i.kind === 'cadence')
        .map((i) => i.creatorName)
        .sort();
    expect(await cadenceNames()).toEqual(['Ana', 'Bo']);
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    // Planning is not deliverable talk yet.
    expect(await cadenceNames()).toEqual(['Ana', 'Bo']);
    await updateCampaign({ ...campaign, status: 'live' }, noRecount);
    expect([...(await listCreatorsInLiveCampaigns())]).toEqual([a]);
    expect(await cadenceNames()).toEqual(['Bo']);
    expect((await summariseDue(later, T0)).byKind.cadence).toBe(1);
    await updateCampaign({ ...(await getCampaign(campaign.id))!, status: 'done' }, noRecount);
    expect(await cadenceNames()).toEqual(['Ana', 'Bo']);
  });
});

describe('keep warm', () => {
  it("queues a segment's creators who are not in a live campaign, with the message filled in for each", async () => {
    const [a, b] = [await creator('ana.travels', 'Ana Lima'), await creator('bo.eats', 'Bo Chen')];
    for (const id of [a, b]) await updateCreator(id, { segment: 'community-advocate' }, T0);
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    await updateCampaign({ ...campaign, status: 'live' }, noRecount);
    const queue = await loadKeepWarmQueue('community-advocate');
    expect(queue.map((c) => c.displayName)).toEqual(['Bo Chen']);
    expect(await keepWarmMessage(queue[0]!, 'early-access')).toMatch(/^Hi Bo! You get early access/);
    expect(await loadKeepWarmQueue('growth-bet')).toEqual([]);
  });
});

describe('fit reviews', () => {
  it('are due N months after saving; marking the fit reviewed moves the next one on; "done" in the due list does the same', async () => {
    const a = await creator('ana.travels');
    await recomputeHealth([a], T0);
    expect((await reminders.get(`fit-review:${a}`))?.dueAt).toBe(Date.UTC(2026, 8, 1, 12));
    const reviewedAt = T0 + 200 * DAY;
    await markFitReviewed(a, reviewedAt, noRecount);
    const next = await reminders.get(`fit-review:${a}`);
    expect(next).toMatchObject({ status: 'open', title: expect.stringMatching(/last reviewed/) });
    expect(next!.dueAt).toBeGreaterThan(reviewedAt + 180 * DAY);
    const dueAt = next!.dueAt;
    const item = (await listDueItems(dueAt)).records.find((i) => i.kind === 'fit-review');
    await completeDueItem(item!.ref, dueAt);
    expect((await getCreator(a))?.fitReviewedAt).toBe(dueAt);
    expect((await reminders.get(`fit-review:${a}`))!.dueAt).toBeGreaterThan(dueAt + 180 * DAY);
  });
});

describe('run again', () => {
  it('copies a done campaign and brings back the chosen creators, with last time shown best rated first', async () => {
    const [a, b] = [await creator('ana.travels', 'Ana'), await creator('bo.eats', 'Bo')];
    const campaign = await createCampaign({ name: 'Summer 2025', type: 'seasonal' }, T0);
    await addCreatorsToCampaign(campaign.id, [a, b], T0);
    const held = (await listCampaignCollaborations(campaign.id)).records;
    for (const c of held) await completeCollaboration({ ...c, performance: { engagements: c.creatorId === a ? 100 : 900 } }, c.creatorId === a ? 3 : 5);
    await updateCampaign({ ...campaign, status: 'done' }, noRecount);
    const back = await returningCreators(campaign.id);
    expect(back.map((r) => [r.name, r.briefAdherence, r.results.engagements])).toEqual([
      ['Bo', 5, 900],
      ['Ana', 3, 100],
    ]);
    const copy = await runCampaignAgain(campaign.id, [b], T0 + 400 * DAY, noRecount);
    expect(copy).toMatchObject({ name: 'Summer 2026', status: 'planning', previousCampaignId: campaign.id });
    expect((await listCampaignCollaborations(copy.id)).records.map((c) => [c.creatorId, c.status])).toEqual([[b, 'proposed']]);
  });
});

describe('backups and the report', () => {
  it('a backup holds campaigns and restores them exactly; a collaboration whose campaign is missing is refused', async () => {
    const a = await creator('ana.travels');
    const campaign = await createCampaign({ name: 'Spring' }, T0);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    const text = backupParts((await readAllData()).data, { exportedAt: T0, dbVersion: 6 }).join('');
    const parsed = parseBackup(text);
    expect(parsed.ok && parsed.data.campaigns.map((c) => c.name)).toEqual(['Spring']);
    if (!parsed.ok) return;
    await replaceAllData(parsed.data);
    expect((await getCampaign(campaign.id))?.name).toBe('Spring');
    expect((await listCampaignCollaborations(campaign.id)).records).toHaveLength(1);

    const json = JSON.parse(text);
    json.data.campaigns = [];
    const orphan = parseBackup(JSON.stringify(json));
    expect(!orphan.ok && orphan.problems[0]?.message).toMatch(/Belongs to campaign .* not in the backup/);
  });

  it('restores a version 2 backup (before campaigns): no campaigns, deliverables under their new names', async () => {
    const a = await creator('ana.travels');
    await collaborations.put({
      ...(await (async () => {
        const campaign = await createCampaign({ name: 'x' }, T0);
        await addCreatorsToCampaign(campaign.id, [a], T0);
        return (await listCampaignCollaborations(campaign.id)).records[0]!;
      })()),
      deliverables: [{ id: 'd1', description: 'Reel', status: 'drafted' }],
    });
    const json = JSON.parse(backupParts((await readAllData()).data, { exportedAt: T0, dbVersion: 5 }).join(''));
    json.version = 2;
    delete json.data.campaigns;
    for (const c of json.data.collaborations) {
      delete c.campaignId;
      for (const d of c.deliverables) d.status = 'in-progress';
    }
    const parsed = parseBackup(JSON.stringify(json));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.data.campaigns).toEqual([]);
    expect(parsed.data.collaborations[0]?.deliverables[0]?.status).toBe('drafted');
  });

  it('the campaign report has one row per creator × deliverable, as text safe for spreadsheets', async () => {
    const [a, b] = [await creator('ana.travels', '=Ana'), await creator('bo.eats', 'Bo')];
    const campaign = await createCampaign({ name: 'Spring launch' }, T0);
    await addCreatorsToCampaign(campaign.id, [a, b], T0);
    const held = (await listCampaignCollaborations(campaign.id)).records;
    const ana = held.find((c) => c.creatorId === a)!;
    await collaborations.put({
      ...ana,
      compensation: { cash: { amount: 500, currency: 'EUR' } },
      performance: { engagements: 1200 },
      deliverables: [
        { id: 'd1', description: 'Reel', status: 'published', dueAt: T0 + DAY, publishedUrl: 'https://example.com/r' },
        { id: 'd2', description: 'Story', status: 'briefed' },
      ],
    });
    const { csv, fileName } = await campaignReport(campaign.id, T0);
    expect(fileName).toBe('rapport-campaign-spring-launch-2026-03-01.csv');
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe(
      'campaign,campaign_type,campaign_status,creator,platform,handle,collaboration_status,deliverable,deliverable_status,deliverable_due,published_url,cash_amount,cash_currency,product,brief_adherence,reach,impressions,engagements,clicks,conversions,revenue',
    );
    expect(lines.slice(1)).toEqual([
      "Spring launch,Other,Planning,'=Ana,instagram,ana.travels,Proposed,Reel,Published,2026-03-02,https://example.com/r,500,EUR,,,,,1200,,,",
      "Spring launch,Other,Planning,'=Ana,instagram,ana.travels,Proposed,Story,Briefed,,,500,EUR,,,,,1200,,,",
      'Spring launch,Other,Planning,Bo,instagram,bo.eats,Proposed,,,,,,,,,,,,,,',
    ]);
  });
});

describe('campaigns in a team', () => {
  it('a campaign and its collaborations go to the outbox with the write, stamped with their author', async () => {
    const ME = '11111111-1111-4111-8111-111111111111';
    const team: TeamState = {
      serverUrl: 'https://team.example.com',
      token: 'tok_abcdefghijklmnopqrstuvwxyz',
      clientId: 'client-0001',
      teamId: '44444444-4444-4444-8444-444444444444',
      teamName: 'Scouts',
      memberId: ME,
      memberName: 'Ana',
      role: 'member',
      checkpoint: 0,
      members: [{ id: ME, name: 'Ana', role: 'member', revoked: false }],
      joinedAt: T0,
      recentContactDays: 14,
      remindUnowned: true,
    };
    await beginTeamMembership(team, false, T0);
    const a = await creator('ana.travels');
    const campaign = await createCampaign({ name: 'Team spring' }, T0);
    expect((await getCampaign(campaign.id))?.updatedById).toBe(ME);
    await addCreatorsToCampaign(campaign.id, [a], T0);
    const outbox = await readOutbox(100);
    expect(outbox.filter((m) => m.store === 'campaigns').map((m) => m.recordId)).toEqual([campaign.id]);
    expect(outbox.some((m) => m.store === 'collaborations')).toBe(true);
  });
});
