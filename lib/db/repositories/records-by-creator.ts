/**
 * Plain CRUD for the stores whose records simply belong to a creator
 * (collaborations, reminders). Validated on write and read like everything else.
 */
import type { z } from 'zod';
import { openRapportDb } from '../open';
import { forWrite, fromStore, idOf, manyFromStore, type ReadResult } from '../records';
import { publishChanges } from '../changes';

type ByCreatorStore = 'collaborations' | 'reminders';

export interface CreatorRecordRepository<T extends { id: string; creatorId: string }> {
  get(id: string): Promise<T | undefined>;
  put(record: T): Promise<T>;
  delete(id: string): Promise<void>;
  listForCreator(creatorId: string): Promise<ReadResult<T>>;
}

export function creatorRecordRepository<S extends z.ZodType<{ id: string; creatorId: string }>>(
  store: ByCreatorStore,
  schema: S,
): CreatorRecordRepository<z.output<S>> {
  return {
    async get(id) {
      const db = await openRapportDb();
      const raw: unknown = await db.get(store, id);
      return raw === undefined ? undefined : fromStore(schema, store, id, raw);
    },
    async put(record) {
      const valid = forWrite(schema, store, record);
      const db = await openRapportDb();
      // The schema is the store's own value type; the generic signature cannot prove it.
      await db.put(store, valid as never);
      publishChanges([{ store, ids: [valid.id] }]);
      return valid;
    },
    async delete(id) {
      const db = await openRapportDb();
      await db.delete(store, id);
      publishChanges([{ store, ids: [id] }]);
    },
    async listForCreator(creatorId) {
      const db = await openRapportDb();
      const raws: unknown[] = await db.getAllFromIndex(store, 'by-creator', creatorId);
      return manyFromStore(schema, store, raws, idOf);
    },
  };
}
