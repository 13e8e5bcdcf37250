/**
 * Reads for the side panel's in-memory roster and portfolio: the whole roster
 * in chunks by primary key (so the first page can paint before the scan, and
 * the UI stays responsive while it runs), creators by id, and collaborations.
 */
import { CollaborationSchema, CreatorSchema, type Collaboration, type Creator } from '../../domain';
import { openRapportDb } from '../open';
import { idOf, manyFromStore, type ReadResult } from '../records';

export interface ScanProgress {
  loaded: number;
  total: number;
}

/**
 * Reads every creator, `chunkSize` at a time (one getAll per chunk), and hands
 * each validated chunk to `onChunk`. Corrupt records are reported per record.
 * Stops early when `signal` aborts.
 */
export async function scanCreators(options: {
  chunkSize?: number;
  signal?: AbortSignal;
  onChunk: (chunk: ReadResult<Creator>, progress: ScanProgress) => void;
}): Promise<ScanProgress> {
  const chunkSize = options.chunkSize ?? 2000;
  const db = await openRapportDb();
  const total = await db.count('creators');
  let loaded = 0;
  let after: string | undefined;
  for (;;) {
    if (options.signal?.aborted) break;
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const raws: unknown[] = await db.getAll('creators', range, chunkSize);
    if (raws.length === 0) break;
    const last = idOf(raws[raws.length - 1]);
    loaded += raws.length;
    options.onChunk(manyFromStore(CreatorSchema, 'creators', raws, idOf), { loaded, total: Math.max(total, loaded) });
    if (raws.length < chunkSize || typeof last !== 'string') break;
    after = last;
    // Give the page a turn between chunks (input, paint).
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { loaded, total: Math.max(total, loaded) };
}

/** Creators by id (missing ids are skipped), in the order asked. */
export async function getCreatorsByIds(ids: readonly string[]): Promise<ReadResult<Creator>> {
  const db = await openRapportDb();
  const tx = db.transaction('creators');
  const raws = await Promise.all(ids.map((id) => tx.store.get(id)));
  await tx.done;
  return manyFromStore(
    CreatorSchema,
    'creators',
    raws.filter((r) => r !== undefined),
    idOf,
  );
}

export async function listAllCollaborations(): Promise<ReadResult<Collaboration>> {
  const db = await openRapportDb();
  return manyFromStore(CollaborationSchema, 'collaborations', await db.getAll('collaborations'), idOf);
}
