/** The shape of one upgrade step, shared by the ladder and its steps. */
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { RapportDB } from '../schema';

export type UpgradeTransaction = IDBPTransaction<RapportDB, StoreNames<RapportDB>[], 'versionchange'>;
export type MigrationStep = (db: IDBPDatabase<RapportDB>, tx: UpgradeTransaction) => void;
