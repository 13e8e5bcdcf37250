import { describe, expect, it } from 'vitest';
import { contactedByOtherSince, nameResolver, remindsMe, teamViewOf } from '../../../lib/team/attribution';
import type { TeamState } from '../../../lib/team/state';
import { DAY_MS } from '../../../lib/domain/time';

const ME = '11111111-1111-4111-8111-111111111111';
const SAM = '22222222-2222-4222-8222-222222222222';
const GONE = '33333333-3333-4333-8333-333333333333';
const NOW = Date.UTC(2026, 11, 6, 12);

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
  members: [
    { id: ME, name: 'Ana', role: 'member', revoked: false },
    { id: SAM, name: 'Sam', role: 'admin', revoked: false },
  ],
  joinedAt: 0,
  recentContactDays: 14,
  remindUnowned: true,
};

describe('team attribution', () => {
  it('names members, "you" for this browser, and a former member for an unknown id; solo names nobody', () => {
    const nameOf = nameResolver(team);
    expect([nameOf(ME), nameOf(SAM), nameOf(GONE), nameOf(undefined)]).toEqual(['you', 'Sam', 'a former member', undefined]);
    expect(nameResolver(undefined)(SAM)).toBeUndefined();
  });

  it('warns when someone else contacted the creator within the window, naming them and when', () => {
    const view = teamViewOf(team, { ownerId: ME }, [{ authorId: SAM, direction: 'outbound', occurredAt: NOW - 3 * DAY_MS }], NOW);
    expect(view.ownerName).toBe('you');
    expect(view.warning).toBe('Sam contacted them 3 days ago: agree with them before reaching out, so the creator hears from one brand contact.');
  });

  it('warns about another owner when nobody else contacted them recently; an inbound touch or an old one does not count', () => {
    const touches = [
      { authorId: SAM, direction: 'inbound' as const, occurredAt: NOW - DAY_MS },
      { authorId: SAM, direction: 'outbound' as const, occurredAt: NOW - 15 * DAY_MS },
    ];
    expect(teamViewOf(team, { ownerId: SAM }, touches, NOW).warning).toBe(
      'Sam owns this relationship: agree with them before reaching out, so the creator hears from one brand contact.',
    );
    expect(teamViewOf(team, { ownerId: ME }, touches, NOW).warning).toBeUndefined();
    expect(teamViewOf(team, {}, [], NOW)).toMatchObject({ ownerName: undefined, warning: undefined });
    expect(contactedByOtherSince(team, touches, NOW)).toBe(false);
    expect(contactedByOtherSince(team, [{ authorId: SAM, direction: 'outbound', occurredAt: NOW - 14 * DAY_MS }], NOW)).toBe(true);
  });

  it('says nothing solo', () => {
    expect(teamViewOf(undefined, { ownerId: SAM }, [{ authorId: SAM, direction: 'outbound', occurredAt: NOW }], NOW)).toMatchObject({
      ownerName: undefined,
      warning: undefined,
    });
  });

  it('reminds me of my creators, of unowned ones only when I chose to, and of everyone solo', () => {
    expect(remindsMe(team, { ownerId: ME })).toBe(true);
    expect(remindsMe(team, { ownerId: SAM })).toBe(false);
    expect(remindsMe(team, {})).toBe(true);
    expect(remindsMe({ ...team, remindUnowned: false }, {})).toBe(false);
    expect(remindsMe(undefined, { ownerId: SAM })).toBe(true);
  });
});
