import { describe, expect, it } from 'vitest';
import { CollaborationSchema, ReminderSchema, type Collaboration } from '../../../lib/domain';
import { activeExclusivities, openFollowUps } from '../../../lib/overlay/creator-flags';
import { collapseStorageKey, readCollapsed } from '../../../lib/overlay/collapse';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 2, 1, 12);

function collab(over: Partial<Collaboration> & { id: string }): Collaboration {
  return CollaborationSchema.parse({ creatorId: 'c1', title: `Deal ${over.id}`, createdAt: 0, updatedAt: 0, ...over });
}

describe('active exclusivity', () => {
  it('is in force between its dates, and without an end date while the deal runs', () => {
    const list = [
      collab({ id: 'dated', status: 'completed', exclusivity: { category: 'coffee', startsAt: NOW - DAY, endsAt: NOW + 30 * DAY } }),
      collab({ id: 'open-ended', status: 'in-progress', exclusivity: { category: 'tea' } }),
      collab({ id: 'expired', status: 'completed', exclusivity: { category: 'juice', endsAt: NOW - DAY } }),
      collab({ id: 'future', status: 'contracted', exclusivity: { category: 'soda', startsAt: NOW + DAY } }),
      collab({ id: 'cancelled', status: 'cancelled', exclusivity: { category: 'water', endsAt: NOW + DAY } }),
      collab({ id: 'done-open-ended', status: 'completed', exclusivity: { category: 'milk' } }),
      collab({ id: 'none', status: 'in-progress' }),
    ];
    expect(activeExclusivities(list, NOW)).toEqual([
      { collaborationId: 'dated', title: 'Deal dated', category: 'coffee', endsAt: NOW + 30 * DAY },
      { collaborationId: 'open-ended', title: 'Deal open-ended', category: 'tea' },
    ]);
  });
});

describe('open follow-ups', () => {
  const reminder = (id: string, dueAt: number, status: string, snoozedUntil?: number) =>
    ReminderSchema.parse({ id, creatorId: 'c1', kind: 'follow-up', title: id, dueAt, status, snoozedUntil, createdAt: 0, updatedAt: 0 });

  it('lists open and expired-snooze reminders soonest first, marking overdue ones', () => {
    const list = [
      reminder('later', NOW + 2 * DAY, 'open'),
      reminder('late', NOW - DAY, 'open'),
      reminder('done', NOW - DAY, 'done'),
      reminder('dismissed', NOW, 'dismissed'),
      reminder('still-snoozed', NOW - 2 * DAY, 'snoozed', NOW + DAY),
      reminder('snooze-over', NOW - 3 * DAY, 'snoozed', NOW - 1),
    ];
    expect(openFollowUps(list, NOW)).toEqual([
      { id: 'snooze-over', title: 'snooze-over', dueAt: NOW - 3 * DAY, overdue: true },
      { id: 'late', title: 'late', dueAt: NOW - DAY, overdue: true },
      { id: 'later', title: 'later', dueAt: NOW + 2 * DAY, overdue: false },
    ]);
    expect(openFollowUps(list, NOW, 1)).toHaveLength(1);
  });
});

describe('collapse preference', () => {
  it('is kept per site and reads anything but true as expanded', () => {
    expect(collapseStorageKey('Instagram')).toBe('rapport:overlay-collapsed:instagram');
    expect(readCollapsed({ 'rapport:overlay-collapsed:x': true }, 'x')).toBe(true);
    expect(readCollapsed({ 'rapport:overlay-collapsed:x': true }, 'tiktok')).toBe(false);
    expect(readCollapsed({ 'rapport:overlay-collapsed:x': 'yes' }, 'x')).toBe(false);
  });
});
