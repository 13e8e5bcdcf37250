import { describe, expect, it } from 'vitest';
import { teamFilterOptions, teamPredicate } from '../../../lib/roster/team-filters';
import type { RosterRow } from '../../../lib/roster/rows';
import type { TeamState } from '../../../lib/team/state';
import { DAY_MS } from '../../../lib/domain/time';

const ME = '11111111-1111-4111-8111-111111111111';
const SAM = '22222222-2222-4222-8222-222222222222';
const NOW = Date.UTC(2026, 11, 6);

const team = {
  memberId: ME,
  recentContactDays: 7,
  members: [
    { id: ME, name: 'Ana', role: 'member', revoked: false },
    { id: SAM, name: 'Sam', role: 'admin', revoked: false },
    { id: '33333333-3333-4333-8333-333333333333', name: 'Old', role: 'member', revoked: true },
  ],
} as Pick<TeamState, 'memberId' | 'recentContactDays' | 'members'> as TeamState;

function row(id: string, patch: Partial<RosterRow>): RosterRow {
  return { id, ownerId: undefined, lastOutboundById: undefined, lastOutboundAt: undefined, ...patch } as RosterRow;
}

const rows = [
  row('mine', { ownerId: ME }),
  row('sams', { ownerId: SAM, lastOutboundById: SAM, lastOutboundAt: NOW - 2 * DAY_MS }),
  row('nobodys', { lastOutboundById: ME, lastOutboundAt: NOW - DAY_MS }),
  row('mine-sam-touched-long-ago', { ownerId: ME, lastOutboundById: SAM, lastOutboundAt: NOW - 30 * DAY_MS }),
];

describe('roster team filters', () => {
  it('offers mine, each active colleague, nobody, and contacted by someone else; nothing solo', () => {
    expect(teamFilterOptions(team).map((o) => o.label)).toEqual(['Mine', 'Owned by Sam', 'Nobody owns them', 'Contacted by someone else (last 7 days)']);
    expect(teamFilterOptions(undefined)).toEqual([]);
  });

  it('keeps the rows each option describes; owners are alternatives, "contacted by someone else" narrows', () => {
    const [mine, sams, nobody, others] = teamFilterOptions(team).map((o) => o.value);
    const keep = (values: string[]) => rows.filter(teamPredicate(values, NOW) ?? (() => true)).map((r) => r.id);
    expect(keep([mine!])).toEqual(['mine', 'mine-sam-touched-long-ago']);
    expect(keep([sams!, nobody!])).toEqual(['sams', 'nobodys']);
    expect(keep([others!])).toEqual(['sams']);
    expect(keep([mine!, others!])).toEqual([]);
    expect(teamPredicate([], NOW)).toBeNull();
  });
});
