import { describe, expect, it } from 'vitest';
import { openAtVersion } from './open-at-version';

const base = { creatorId: 'c1', title: 'Spring', status: 'in-progress', compensation: {}, disclosure: { required: true, confirmed: false }, performance: {} };
const legacy = {
  ...base,
  id: 'k1',
  createdAt: 1,
  updatedAt: 1,
  deliverables: [
    { id: 'd1', description: 'Reel', status: 'planned', dueAt: 10 },
    { id: 'd2', description: 'Story', status: 'in-progress' },
    { id: 'd3', description: 'TikTok', status: 'submitted' },
    { id: 'd4', description: 'Post', status: 'approved' },
    { id: 'd5', description: 'Blog', status: 'published', publishedUrl: 'https://example.com/p' },
    { id: 'd6', description: 'Live', status: 'cancelled' },
  ],
};
const noDeliverables = { ...base, id: 'k2', createdAt: 2, updatedAt: 2, deliverables: [] };
const unreadable = { id: 'k3', creatorId: 'c1', deliverables: 'not a list' };

describe('migration 006: campaigns', () => {
  it('adds the campaigns store and collaborations by campaign, and renames deliverable statuses exactly', async () => {
    const v5 = await openAtVersion(5);
    for (const c of [legacy, noDeliverables, unreadable]) await v5.put('collaborations', c as never);
    v5.close();

    const db = await openAtVersion(6);
    expect(db.version).toBe(6);
    expect([...db.objectStoreNames]).toContain('campaigns');
    const campaigns = db.transaction('campaigns').store;
    expect(campaigns.keyPath).toBe('id');
    expect(campaigns.index('by-status').keyPath).toBe('status');
    expect(campaigns.index('by-updated').keyPath).toBe('updatedAt');
    expect(await db.count('campaigns')).toBe(0);
    expect(db.transaction('collaborations').store.index('by-campaign').keyPath).toBe('campaignId');

    expect(await db.getAll('collaborations')).toEqual([
      {
        ...legacy,
        deliverables: [
          { id: 'd1', description: 'Reel', status: 'briefed', dueAt: 10 },
          { id: 'd2', description: 'Story', status: 'drafted' },
          { id: 'd3', description: 'TikTok', status: 'in-review' },
          { id: 'd4', description: 'Post', status: 'approved' },
          { id: 'd5', description: 'Blog', status: 'published', publishedUrl: 'https://example.com/p' },
          { id: 'd6', description: 'Live', status: 'cancelled' },
        ],
      },
      noDeliverables,
      unreadable,
    ]);
    // Existing collaborations stay campaign-less: none is in the by-campaign index.
    expect(await db.transaction('collaborations').store.index('by-campaign').count()).toBe(0);
    db.close();
  });
});
