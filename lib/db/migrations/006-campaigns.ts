/**
 * Version 6: campaigns. A new `campaigns` store (by status, to find the live ones,
 * and by last change, for the list), and collaborations by campaign (a
 * collaboration belongs to at most one; existing ones stay campaign-less).
 * Deliverables move to the review steps of a campaign board: planned → briefed,
 * in progress → drafted, submitted → in review (approved, published and cancelled
 * keep their names). Records it cannot read are left as they are.
 */
import { unwrap, type IDBPDatabase } from 'idb';
import { LEGACY_DELIVERABLE_STATUSES } from '../../domain/collaboration';
import type { RapportDB } from '../schema';
import type { UpgradeTransaction } from './types';

/** The record with its deliverables' statuses renamed, or null when nothing changes (or it cannot be read). */
export function withRenamedDeliverableStatuses(value: unknown): object | null {
  if (typeof value !== 'object' || value === null) return null;
  const { deliverables } = value as { deliverables?: unknown };
  if (!Array.isArray(deliverables)) return null;
  let changed = false;
  const next = deliverables.map((d: unknown) => {
    if (typeof d !== 'object' || d === null) return d;
    const status = (d as { status?: unknown }).status;
    const renamed = typeof status === 'string' ? LEGACY_DELIVERABLE_STATUSES[status] : undefined;
    if (!renamed) return d;
    changed = true;
    return { ...d, status: renamed };
  });
  return changed ? { ...value, deliverables: next } : null;
}

export function migrateTo6(db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction): void {
  const campaigns = db.createObjectStore('campaigns', { keyPath: 'id' });
  campaigns.createIndex('by-status', 'status');
  campaigns.createIndex('by-updated', 'updatedAt');
  const collaborations = tx.objectStore('collaborations');
  collaborations.createIndex('by-campaign', 'campaignId');
  // Raw cursor requests only: the upgrade transaction must not wait on anything else.
  const request = unwrap(collaborations).openCursor();
  request.onsuccess = () => {
    const cursor = request.result;
    if (!cursor) return;
    const renamed = withRenamedDeliverableStatuses(cursor.value);
    if (renamed) cursor.update(renamed);
    cursor.continue();
  };
}
