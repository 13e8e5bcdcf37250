/**
 * The typed shape of Rapport's IndexedDB database. Values are the zod-inferred
 * domain types; lib/db validates them on every write and read.
 */
import type { DBSchema } from 'idb';
import type { Account, Campaign, Collaboration, Creator, Interaction, Reminder, Settings, Template } from '../domain';
import type { PlatformId } from '../platforms/types';
import type { OutboxEntry, TeamState } from '../team/state';

export const DB_NAME = 'rapport';

/** A creator as stored: the domain record plus derived index keys. */
export type StoredCreator = Creator & {
  /** Lower-cased display name, for sorting and duplicate hints. */
  nameKey: string;
  /** When the stored health score was computed (see health-key.ts), so the worker's sweep finds the stalest (version 4). */
  healthCheckedAt?: number;
  /** The owner's member id, or '' when nobody owns the creator: with nextDueAt, counts what is due for one person (version 5). */
  ownerKey?: string;
};

export interface RapportDB extends DBSchema {
  creators: {
    key: string;
    value: StoredCreator;
    indexes: {
      'by-segment': string;
      'by-stage': string;
      'by-next-due': number;
      'by-owner-due': [string, number];
      'by-updated': number;
      'by-name': string;
      'by-outreach': string;
      'by-health-checked': number;
    };
  };
  accounts: {
    key: string;
    value: Account;
    indexes: {
      'by-platform-handle': [PlatformId, string];
      'by-creator': string;
      'by-platform-user-id': [PlatformId, string];
      'by-linked-profile': string;
    };
  };
  interactions: {
    key: string;
    value: Interaction;
    indexes: {
      'by-creator-time': [string, number];
      'by-time': number;
    };
  };
  collaborations: {
    key: string;
    value: Collaboration;
    indexes: { 'by-creator': string; 'by-campaign': string };
  };
  /** Version 6: campaigns, each holding the collaborations of several creators (collaborations.campaignId). */
  campaigns: {
    key: string;
    value: Campaign;
    indexes: { 'by-status': string; 'by-updated': number };
  };
  reminders: {
    key: string;
    value: Reminder;
    indexes: { 'by-due': number; 'by-creator': string };
  };
  templates: {
    key: string;
    value: Template;
  };
  /** Single-row store: key 'settings'. */
  settings: {
    key: string;
    value: Settings;
  };
  /**
   * Version 7: the roster rows, packed into a few large records and kept in step with
   * every creator write (roster-rows.ts). A cache of the creators: not user data.
   */
  rosterRows: {
    key: string;
    value: { key: string; [field: string]: unknown };
  };
  /** Team sync (version 5): changes waiting to be pushed, keyed by an increasing number that is also the mutation id. */
  outbox: {
    key: number;
    value: OutboxEntry;
    indexes: { 'by-record': [string, string] };
  };
  /** Team sync (version 5), single-row store: key 'team', present only while this browser is in a team. */
  team: {
    key: string;
    value: TeamState;
  };
}

/** The stores that hold the user's data (backups, restores and "delete everything" cover these; team sync state is not data). */
export type StoreName = 'creators' | 'accounts' | 'interactions' | 'collaborations' | 'campaigns' | 'reminders' | 'templates' | 'settings';
export const STORE_NAMES: readonly StoreName[] = ['creators', 'accounts', 'interactions', 'collaborations', 'campaigns', 'reminders', 'templates', 'settings'];
