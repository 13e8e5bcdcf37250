/**
 * Who did what, in a team: names for member ids, the creator's owner, and the
 * method's one-brand-contact rule (warn before a second person contacts a creator
 * someone else owns or contacted recently). Pure; solo, everything is empty.
 */
import { DAY_MS } from '../domain/time';
import type { Creator, Interaction } from '../domain';
import type { TeamState } from './state';

export interface TeamView {
  /** The member's name for an id ("you" for this browser's member); undefined solo or for an unknown id. */
  nameOf(memberId: string | undefined): string | undefined;
  ownerName: string | undefined;
  /** Set when contacting this creator now would make a second brand contact. */
  warning: string | undefined;
}

/** Member ids to names ("you" for this browser's member); solo, every id reads as undefined. */
export function nameResolver(team: TeamState | undefined): (memberId: string | undefined) => string | undefined {
  if (!team) return () => undefined;
  const names = new Map(team.members.map((m) => [m.id, m.name]));
  return (id) => (id === undefined ? undefined : id === team.memberId ? 'you' : (names.get(id) ?? 'a former member'));
}

const SOLO: TeamView = { nameOf: () => undefined, ownerName: undefined, warning: undefined };

export function teamViewOf(
  team: TeamState | undefined,
  creator: Pick<Creator, 'ownerId'>,
  touches: readonly Pick<Interaction, 'authorId' | 'direction' | 'occurredAt'>[],
  now: number,
): TeamView {
  if (!team) return SOLO;
  const nameOf = nameResolver(team);
  const ownerName = nameOf(creator.ownerId);
  const since = now - team.recentContactDays * DAY_MS;
  const recentByOther = touches
    .filter((t) => t.direction === 'outbound' && t.authorId !== undefined && t.authorId !== team.memberId && t.occurredAt >= since)
    .sort((a, b) => b.occurredAt - a.occurredAt)[0];
  let warning: string | undefined;
  if (recentByOther) {
    const days = Math.max(0, Math.floor((now - recentByOther.occurredAt) / DAY_MS));
    warning = `${nameOf(recentByOther.authorId)} contacted them ${days === 0 ? 'today' : `${days} day${days === 1 ? '' : 's'} ago`}: agree with them before reaching out, so the creator hears from one brand contact.`;
  } else if (creator.ownerId !== undefined && creator.ownerId !== team.memberId) {
    warning = `${ownerName} owns this relationship: agree with them before reaching out, so the creator hears from one brand contact.`;
  }
  return { nameOf, ownerName, warning };
}

/** "Contacted by someone else recently" (the roster's team filter). */
export function contactedByOtherSince(team: TeamState, touches: readonly Pick<Interaction, 'authorId' | 'direction' | 'occurredAt'>[], now: number): boolean {
  const since = now - team.recentContactDays * DAY_MS;
  return touches.some((t) => t.direction === 'outbound' && t.authorId !== undefined && t.authorId !== team.memberId && t.occurredAt >= since);
}

/** The `ownerKey` of a stored creator (lib/db's owner-and-due index): the owner's member id, '' for nobody. */
export function ownerKeyOf(ownerId: string | undefined): string {
  return ownerId ?? '';
}

/** The owner keys whose due creators remind me: mine, and (a setting) nobody's. Same rule as remindsMe. */
export function remindedOwnerKeys(team: TeamState): string[] {
  return team.remindUnowned ? [team.memberId, ownerKeyOf(undefined)] : [team.memberId];
}

/** Reminders stay personal in a team: mine are the creators I own, plus (a setting) those nobody owns. Solo: everyone. */
export function remindsMe(team: TeamState | undefined, creator: Pick<Creator, 'ownerId'>): boolean {
  if (!team) return true;
  if (creator.ownerId === undefined) return team.remindUnowned;
  return creator.ownerId === team.memberId;
}
