/**
 * The use-case layer without React: each action writes through lib/db and
 * recounts what is due exactly when its write can change it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  countCreators,
  findCreatorByAccount,
  getAccountsOfCreator,
  getCreator,
  getSettings,
  listInteractions,
  listTemplates,
  saveSettings,
} from '../../../lib/db';
import { DEFAULT_SETTINGS } from '../../../lib/domain';
import { recountFromPage } from '../../../lib/use-cases/due-recount';
import { findLinkCandidatesFor, recordProfileVisit, saveProfile } from '../../../lib/use-cases/profiles';
import { deleteTouch, editTouch, logTouch } from '../../../lib/use-cases/touches';
import { bulkEditCreators, editCreator, removeCreators, undoRemoveCreators } from '../../../lib/use-cases/creators';
import { completeDue, snoozeDue, snoozeEverythingDue } from '../../../lib/use-cases/due';
import { saveRosterViews, updateSettings } from '../../../lib/use-cases/settings';
import { addStarterTemplates, saveTemplate } from '../../../lib/use-cases/templates';
import { checkPlan, commitCsvImport, describePlan, findRowsOnRoster, initialColumnPlan, openCsvImport, reviewRows } from '../../../lib/use-cases/csv-import';
import { requestLogTouch, requestSaveProfile } from '../../../lib/use-cases/via-worker';
import { bridgeMessagesToWorker } from '../helpers/worker-bridge';
import { DAY, scrapedProfile } from '../db/fixtures';

afterEach(() => vi.restoreAllMocks());

const counter = () => {
  const recount = vi.fn(async () => undefined);
  return recount;
};

async function saved(handle = 'pluto__travel') {
  return (await saveProfile(scrapedProfile({ handle, profileUrl: `https://www.instagram.com/${handle}/` }), {}, counter())).creator;
}

describe('profiles', () => {
  it('saves once and recounts; a visit refreshes a saved creator and never creates one', async () => {
    const recount = counter();
    const { creator, createdCreator } = await saveProfile(scrapedProfile(), {}, recount);
    expect(createdCreator).toBe(true);
    expect(recount).toHaveBeenCalledTimes(1);

    expect(await recordProfileVisit(scrapedProfile({ handle: 'someone.else', profileUrl: 'https://www.instagram.com/someone.else/' }))).toBe(false);
    expect(await countCreators()).toBe(1);
    expect(
      await recordProfileVisit(scrapedProfile({ displayName: 'Pluto travels', followers: { raw: '2,400', value: 2400, exact: true, source: 'dom' } })),
    ).toBe(true);
    const accounts = (await getAccountsOfCreator(creator.id)).records;
    expect(accounts[0]?.displayName).toBe('Pluto travels');
  });

  it('finds the saved creator whose account has the same handle and name elsewhere', async () => {
    const creator = await saved('ana.travels');
    const candidates = await findLinkCandidatesFor(
      scrapedProfile({ platform: 'tiktok', handle: 'ana.travels', profileUrl: 'https://www.tiktok.com/@ana.travels' }),
    );
    // Both are named "Pluto" (the fixture), so the name matches too.
    expect(candidates.map((c) => [c.creator.id, c.reasons])).toEqual([[creator.id, ['same-handle', 'same-name']]]);
  });
});

describe('touches and creators', () => {
  it('recounts after every touch write', async () => {
    const creator = await saved();
    const recount = counter();
    const touch = await logTouch({ creatorId: creator.id, channel: 'email', direction: 'outbound', kind: 'outreach', occurredAt: Date.now() }, recount);
    await editTouch(touch.id, { summary: 'Sent the brief' }, recount);
    expect((await listInteractions(creator.id)).records.map((t) => t.summary)).toEqual(['Sent the brief']);
    await deleteTouch(touch.id, recount);
    expect((await listInteractions(creator.id)).records).toEqual([]);
    expect(recount).toHaveBeenCalledTimes(3);
  });

  it('recounts after an edit that can change what is due, and not after one that cannot', async () => {
    const creator = await saved();
    const recount = counter();
    await editCreator(creator.id, { tags: ['travel'], fit: { notes: 'Calm voice', rubric: {} } }, recount);
    expect(recount).not.toHaveBeenCalled();
    await editCreator(creator.id, { segment: 'growth-bet' }, recount);
    expect(recount).toHaveBeenCalledTimes(1);
    expect((await getCreator(creator.id))?.nextDueAt).toBeGreaterThan(Date.now());
  });

  it('bulk edits, deletes and undoes, recounting each time', async () => {
    const a = await saved('a_one');
    const b = await saved('b_two');
    const recount = counter();
    expect(await bulkEditCreators([a.id, b.id], (c) => (c.id === a.id ? { stage: 'vetting' } : null), {}, recount)).toBe(1);
    const removed = await removeCreators([a.id, b.id], recount);
    expect(await countCreators()).toBe(0);
    await undoRemoveCreators(removed, recount);
    expect((await getCreator(a.id))?.stage).toBe('vetting');
    expect(recount).toHaveBeenCalledTimes(3);
  });
});

describe('what is due', () => {
  it('done on a cadence item logs the touch it asked for; snoozing moves it on; everything due can be snoozed', async () => {
    const creator = await editCreator((await saved()).id, { segment: 'growth-bet' }, counter());
    const recount = counter();
    const done = await completeDue({ type: 'cadence', creatorId: creator.id }, recount);
    expect(done.loggedTouchId).toBeDefined();
    expect((await listInteractions(creator.id)).records).toHaveLength(1);
    const until = Date.now() + 200 * DAY;
    await snoozeDue([{ type: 'cadence', creatorId: creator.id }], until, recount);
    expect((await getCreator(creator.id))?.snoozedUntil).toBe(until);
    expect(await snoozeEverythingDue(Date.now(), recount)).toBe(0);
    expect(recount).toHaveBeenCalledTimes(3);
  });
});

describe('settings and templates', () => {
  it('refuses invalid settings in words and saves nothing; saves valid ones keeping the stored views', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, savedViews: [{ id: 'v1', name: 'Mine', state: {} }] });
    const recount = counter();
    const bad = await updateSettings({ ...DEFAULT_SETTINGS, followUpDelayDays: 0 }, recount);
    expect(bad).toEqual({ ok: false, problems: { followUpDelayDays: 'Follow-up delay must be at least 1.' } });
    expect(recount).not.toHaveBeenCalled();
    const good = await updateSettings({ ...DEFAULT_SETTINGS, followUpDelayDays: 3 }, recount);
    expect(good.ok).toBe(true);
    expect(await getSettings()).toMatchObject({ followUpDelayDays: 3, savedViews: [{ id: 'v1', name: 'Mine' }] });
    expect(recount).toHaveBeenCalledTimes(1);
    await saveRosterViews([]);
    expect(await getSettings()).toMatchObject({ followUpDelayDays: 3, savedViews: [] });
  });

  it('wants a name for a template, and adds the starters', async () => {
    expect(await saveTemplate({ name: '  ', kind: 'outreach', body: 'Hi' })).toEqual({ ok: false, error: 'Give the template a name.' });
    await addStarterTemplates();
    expect((await listTemplates()).records.map((t) => t.name).sort()).toEqual(['Brief', 'First outreach', 'Light check-in']);
  });
});

describe('the CSV import session', () => {
  it('opens, plans, reviews against the roster and commits in one go', async () => {
    expect(openCsvImport('empty.csv', '')).toEqual({ ok: false, error: 'This file is empty.' });
    await saved('kiko');
    const opened = openCsvImport('creators.csv', 'name,platform,handle,email,Media kit\nAna,instagram,ana.travels,ana@x.com,kit.pdf\nKiko,instagram,kiko,,\n');
    if (!opened.ok) throw new Error(opened.error);
    const plan = initialColumnPlan(opened.session);
    expect(describePlan(opened.session, plan)).toEqual({ problems: [], custom: [], notImported: [4] });
    expect(checkPlan(opened.session, { mapping: { name: 0 }, custom: [] })).toBeNull();
    const kept = { ...plan, custom: [4] };
    const checks = checkPlan(opened.session, kept)!;
    const report = reviewRows(checks, await findRowsOnRoster(checks), 'skip');
    expect(report.counts).toMatchObject({ new: 1, exists: 1 });
    const recount = counter();
    expect(await commitCsvImport(report, {}, recount)).toEqual({ created: 1, updated: 0, skipped: 1 });
    expect(recount).toHaveBeenCalledTimes(1);
    expect((await findCreatorByAccount('instagram', 'ana.travels'))?.creator).toMatchObject({
      contact: { emails: ['ana@x.com'] },
      customFields: { 'Media kit': 'kit.pdf' },
    });
  });
});

describe('quick actions from a page go through the worker', () => {
  it('saves a profile and logs a touch with the worker doing the write', async () => {
    const sent = bridgeMessagesToWorker();
    const { creatorId, createdCreator } = await requestSaveProfile(scrapedProfile());
    expect(createdCreator).toBe(true);
    const id = await requestLogTouch({ creatorId, channel: 'instagram-dm', direction: 'outbound', kind: 'outreach', occurredAt: Date.now() });
    expect((await listInteractions(creatorId)).records.map((t) => t.id)).toEqual([id]);
    // Each action, plus nothing else: the worker recounts inside the same message.
    expect(sent.mock.calls.map(([m]) => (m as unknown as { type: string }).type)).toEqual(['creator:save-profile', 'touch:log']);
  });

  it('a page recount that fails never fails the action that asked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await expect(recountFromPage()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
  });
});
