/**
 * Record codecs: what a domain record becomes when it is stored (validated, with
 * its derived index keys) and what a stored record becomes when it is read.
 * Every repository writes and reads through these.
 */
import { AccountSchema, CreatorSchema, type Account, type Creator } from '../domain';
import { linkedProfileKeys } from '../platforms/linked-profiles';
import { forWrite, fromStore } from './records';
import type { StoredCreator } from './schema';
import { healthCheckKey } from './health-key';
import { ownerKeyOf } from '../team/attribution';

/** Adds the derived index keys before a creator is written. */
export function toStoredCreator(creator: Creator): StoredCreator {
  const valid = forWrite(CreatorSchema, 'creators', creator);
  const healthCheckedAt = healthCheckKey(valid.health, valid.lastContactAt);
  return {
    ...valid,
    nameKey: valid.displayName.trim().toLowerCase(),
    ownerKey: ownerKeyOf(valid.ownerId),
    ...(healthCheckedAt !== undefined ? { healthCheckedAt } : {}),
  };
}

/**
 * Validates an account and derives its index keys: the profiles its links point at
 * (recomputed on every write, never taken from a file, so the reverse-link index
 * cannot be fed keys its links do not support).
 */
export function toStoredAccount(account: Account): Account {
  return withLinkedProfiles(forWrite(AccountSchema, 'accounts', account));
}

/** The derived keys alone, for an account validated already (a restore validates each record once). */
export function withLinkedProfiles(valid: Account): Account {
  const linkedProfiles = linkedProfileKeys(valid, valid.links);
  if (linkedProfiles.length === 0 && valid.linkedProfiles === undefined) return valid;
  const { linkedProfiles: _stale, ...rest } = valid;
  return linkedProfiles.length ? { ...rest, linkedProfiles } : rest;
}

export function creatorFromStore(key: unknown, raw: unknown): Creator {
  return fromStore(CreatorSchema, 'creators', key, raw);
}
