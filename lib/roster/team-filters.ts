/**
 * The roster's team filters: "mine", by owner, nobody's, and "contacted by
 * someone else recently". A filter value carries what it needs (the member id,
 * the window in days), so saved views keep working and the predicate needs no
 * team state of its own.
 */
import { DAY_MS } from '../domain/time';
import type { TeamState } from '../team/state';
import type { RosterRow } from './rows';

export type TeamFilterOption = { value: string; label: string };

/** The options for this browser's team (none when solo). */
export function teamFilterOptions(team: TeamState | undefined): TeamFilterOption[] {
  if (!team) return [];
  const others = team.members.filter((m) => m.id !== team.memberId && !m.revoked);
  return [
    { value: `owner:${team.memberId}`, label: 'Mine' },
    ...others.map((m) => ({ value: `owner:${m.id}`, label: `Owned by ${m.name}` })),
    { value: 'owner:none', label: 'Nobody owns them' },
    { value: `others-recent:${team.memberId}:${team.recentContactDays}`, label: `Contacted by someone else (last ${team.recentContactDays} days)` },
  ];
}

/** One predicate for the selected team filters: owners are alternatives; "contacted by someone else" narrows further. */
export function teamPredicate(values: readonly string[], now: number): ((row: RosterRow) => boolean) | null {
  if (values.length === 0) return null;
  const owners = new Set<string | undefined>();
  let recent: { me: string; since: number } | null = null;
  for (const value of values) {
    const [kind, a, b] = value.split(':');
    if (kind === 'owner' && a) owners.add(a === 'none' ? undefined : a);
    if (kind === 'others-recent' && a && b && Number.isFinite(Number(b))) recent = { me: a, since: now - Number(b) * DAY_MS };
  }
  return (row) => {
    if (owners.size && !owners.has(row.ownerId)) return false;
    if (recent) {
      const by = row.lastOutboundById;
      if (by === undefined || by === recent.me || (row.lastOutboundAt ?? 0) < recent.since) return false;
    }
    return true;
  };
}
