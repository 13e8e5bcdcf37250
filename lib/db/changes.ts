/**
 * Change notifications: after a write commits, every open view (side panel,
 * overlay frames, the service worker) hears which store changed and refreshes.
 * BroadcastChannel does not echo to the sender, so local listeners are called directly.
 */
import { z } from 'zod';
import { STORE_NAMES, type StoreName } from './schema';
import { followAnnouncedDatabase } from './open';

export interface DbChange {
  store: StoreName;
  /** Affected record ids; absent for bulk changes (import, restore, delete all). */
  ids?: string[];
  /** Set when a restore or "delete everything" replaced the database: the name of the new one (database-swap.ts). */
  database?: string;
}

const CHANNEL_NAME = 'rapport:db-changes';
/** `local`: written in this context; `remote`: heard from another extension context. */
export type ChangeOrigin = 'local' | 'remote';
type Listener = (change: DbChange, origin: ChangeOrigin) => void;
const localListeners = new Set<Listener>();
let channel: BroadcastChannel | null = null;

function getChannel(): BroadcastChannel | null {
  if (typeof BroadcastChannel === 'undefined') return null;
  channel ??= new BroadcastChannel(CHANNEL_NAME);
  return channel;
}

export function publishChanges(changes: readonly DbChange[]): void {
  for (const change of changes) {
    for (const listener of localListeners) listener(change, 'local');
    getChannel()?.postMessage(change);
  }
}

/** What another context may post on the channel: anything else is ignored. */
const DbChangeSchema = z.object({
  store: z.enum(STORE_NAMES as [StoreName, ...StoreName[]]),
  ids: z.array(z.string()).optional(),
  database: z.string().optional(),
});

function readDbChange(data: unknown): DbChange | null {
  const parsed = DbChangeSchema.safeParse(data);
  if (!parsed.success) return null;
  const { store, ids, database } = parsed.data;
  return { store, ...(ids ? { ids } : {}), ...(database ? { database } : {}) };
}

/** Subscribes to changes from this and every other extension context. Returns an unsubscribe function. */
export function subscribeToChanges(listener: Listener): () => void {
  localListeners.add(listener);
  const remote = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  remote?.addEventListener('message', (event: MessageEvent<unknown>) => {
    const change = readDbChange(event.data);
    if (!change) return;
    // Before the listener refreshes anything: it must read the new database, not the one being deleted.
    if (change.database) followAnnouncedDatabase(change.database);
    listener(change, 'remote');
  });
  return () => {
    localListeners.delete(listener);
    remote?.close();
  };
}
