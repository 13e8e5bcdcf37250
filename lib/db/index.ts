/**
 * lib/db: the only module that touches IndexedDB. Everything else calls these
 * repository functions, which validate every record on write and on read.
 */
export { openRapportDb, closeRapportDb, isRapportDbOpen, type RapportDatabase } from './open';
export { deleteLeftoverDatabases, whenRetiredDatabasesDeleted } from './database-swap';
export { DB_NAME, STORE_NAMES, type StoreName, type StoredCreator } from './schema';
export { DB_VERSION } from './migrations';
export { toStoredCreator } from './codecs';
export { CorruptRecordError, InvalidRecordError, type ReadResult } from './records';
export { subscribeToChanges, publishChanges, type DbChange, type ChangeOrigin } from './changes';
export * from './repositories/settings';
export * from './repositories/creators';
export * from './repositories/interactions';
export * from './repositories/collaborations';
export * from './repositories/reminders';
export * from './repositories/due-list';
export * from './repositories/due-actions';
export * from './repositories/wellbeing';
export * from './repositories/templates';
export * from './repositories/search';
export * from './repositories/bulk';
export * from './repositories/backup';
export * from './repositories/link-candidates';
export * from './repositories/creator-records';
export * from './repositories/team';
export { applyPulledPage, type PulledPage, type AppliedPage } from './sync/apply';
export { recomputeAllDerived } from './sync/derive';
export * from './repositories/campaigns';
export { compactRosterRows, getLatestRosterRows, getRosterRows, rebuildRosterRows, type RosterRowsRead } from './roster-rows';
