/**
 * How each shared store merges, declared in one place. The sync engine (client
 * and server alike) is generic over these rules: a store added later syncs by
 * declaring its rule here, not by new sync code.
 *
 * A record is a JSON document. Fields merge one by one:
 * - `lww` (the default): the later change of that field wins; the loser goes to the audit.
 * - `set`: a list of strings merged as a set (adds and removes, never a whole overwrite).
 * - `list`: a list of entries keyed by `keyOf`, merged entry by entry.
 * - `text`: free text that must never silently overwrite another person's edit:
 *   an edit made on top of an older version is kept beside the current one as a conflict.
 */
export type SyncedStore = 'creators' | 'accounts' | 'interactions' | 'collaborations' | 'campaigns';
export const SYNCED_STORES: readonly SyncedStore[] = ['creators', 'accounts', 'interactions', 'collaborations', 'campaigns'];

export type FieldKind = 'lww' | 'set' | 'list' | 'text';

export interface StoreRule {
  /** Fields that never leave this browser: derived locally, or personal (snoozes, health). */
  readonly local: readonly string[];
  /** Object fields diffed one level down, so two people editing different parts of them both keep their edit. */
  readonly nested: readonly string[];
  /** Fields (or `parent.child` paths) with a merge other than last-writer-wins. */
  readonly kinds: Readonly<Record<string, FieldKind>>;
  /** For `list` fields: the key that identifies an entry. */
  readonly listKeys: Readonly<Record<string, (entry: Record<string, unknown>) => string>>;
  /** Field set by the server to the pusher's member id when the record is created, whatever the client sent. */
  readonly createdByField?: string;
  /** Field set by the server to the pusher's member id whenever a mutation changes the record (never sent by a client). */
  readonly editedByField?: string;
  /** `list` fields whose new entries the server stamps with the pusher's member id (`byId`). */
  readonly stampedLists: readonly string[];
  /** Field that names members: the server refuses ids that are not members of the team. */
  readonly memberFields: readonly string[];
}

const NO_LISTS: StoreRule['listKeys'] = {};

export const STORE_RULES: Readonly<Record<SyncedStore, StoreRule>> = {
  creators: {
    // Contact times, due times and health are recomputed from the shared touches; snoozes are personal.
    local: [
      'nameKey',
      'healthCheckedAt',
      'ownerKey',
      'lastContactAt',
      'lastOutboundAt',
      'lastInboundAt',
      'lastOutboundById',
      'nextDueAt',
      'followUpDueAt',
      'snoozedUntil',
      'health',
    ],
    nested: ['fit', 'preferences', 'contact'],
    kinds: {
      tags: 'set',
      niches: 'set',
      'preferences.topicsToAvoid': 'set',
      accounts: 'list',
      stageHistory: 'list',
      segmentHistory: 'list',
      milestones: 'list',
      'fit.notes': 'text',
      dismissedSuggestions: 'set',
    },
    listKeys: {
      accounts: (e) => String(e.accountId),
      stageHistory: (e) => `${String(e.at)}:${String(e.stage)}`,
      segmentHistory: (e) => `${String(e.at)}:${String(e.segment)}`,
      milestones: (e) => String(e.id),
    },
    stampedLists: ['stageHistory'],
    memberFields: ['ownerId'],
    editedByField: 'updatedById',
  },
  accounts: {
    local: ['linkedProfiles'],
    nested: [],
    kinds: { followerSnapshots: 'list', links: 'set' },
    listKeys: { followerSnapshots: (e) => String(e.at) },
    stampedLists: [],
    memberFields: [],
  },
  // Touches are append-only in spirit: ids are made by the client, so a repeated insert is a no-op,
  // and the author is fixed by the server at creation.
  interactions: {
    local: [],
    nested: [],
    kinds: {},
    listKeys: NO_LISTS,
    createdByField: 'authorId',
    stampedLists: [],
    memberFields: [],
  },
  collaborations: {
    local: [],
    nested: ['compensation', 'performance', 'disclosure'],
    kinds: { deliverables: 'list' },
    listKeys: { deliverables: (e) => String(e.id) },
    stampedLists: [],
    memberFields: [],
    editedByField: 'updatedById',
  },
  // Campaigns (added with issue 14) sync by this declaration alone: the brief is free text, never overwritten silently.
  campaigns: {
    local: [],
    nested: ['brief', 'budget'],
    kinds: { targetSegments: 'set', 'brief.text': 'text' },
    listKeys: NO_LISTS,
    stampedLists: [],
    memberFields: ['ownerId'],
    editedByField: 'updatedById',
  },
};

export function kindOf(rule: StoreRule, path: string): FieldKind {
  return rule.kinds[path] ?? 'lww';
}

export function isSyncedStore(store: string): store is SyncedStore {
  return (SYNCED_STORES as readonly string[]).includes(store);
}
