/**
 * Version 1: the initial stores and the indexes the product's queries need.
 * - accounts by [platform, handle] (unique): "is this profile on the roster?"
 * - creators by segment, stage, next due time, last update, name and outreach status
 * - interactions by [creatorId, occurredAt]: a creator's timeline, newest first
 */
import type { IDBPDatabase } from 'idb';
import type { RapportDB } from '../schema';

export function migrateTo1(db: IDBPDatabase<RapportDB>): void {
  const creators = db.createObjectStore('creators', { keyPath: 'id' });
  creators.createIndex('by-segment', 'segment');
  creators.createIndex('by-stage', 'stage');
  creators.createIndex('by-next-due', 'nextDueAt');
  creators.createIndex('by-updated', 'updatedAt');
  creators.createIndex('by-name', 'nameKey');
  creators.createIndex('by-outreach', 'outreachStatus');

  const accounts = db.createObjectStore('accounts', { keyPath: 'id' });
  accounts.createIndex('by-platform-handle', ['platform', 'handle'], { unique: true });
  accounts.createIndex('by-creator', 'creatorId');

  const interactions = db.createObjectStore('interactions', { keyPath: 'id' });
  interactions.createIndex('by-creator-time', ['creatorId', 'occurredAt']);
  interactions.createIndex('by-time', 'occurredAt');

  const collaborations = db.createObjectStore('collaborations', { keyPath: 'id' });
  collaborations.createIndex('by-creator', 'creatorId');

  const reminders = db.createObjectStore('reminders', { keyPath: 'id' });
  reminders.createIndex('by-due', 'dueAt');
  reminders.createIndex('by-creator', 'creatorId');

  db.createObjectStore('templates', { keyPath: 'id' });
  db.createObjectStore('settings');
}
