/**
 * Change notifications: after a write commits, every open view (side panel,
 * overlay frames, the service worker) hears which store changed and refreshes.
 * BroadcastChannel does not echo to the sender, so local listeners are called directly.
 */
import type { StoreName } from './schema';

export interface DbChange {
  store: StoreName;
  /** Affected record ids; absent for bulk changes (import, restore, delete all). */
  ids?: string[];
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

function isDbChange(data: unknown): data is DbChange {
  return typeof data === 'object' && data !== null && typeof (data as { store?: unknown }).store === 'string';
}

/** Subscribes to changes from this and every other extension context. Returns an unsubscribe function. */
export function subscribeToChanges(listener: Listener): () => void {
  localListeners.add(listener);
  const remote = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL_NAME);
  remote?.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isDbChange(event.data)) listener(event.data, 'remote');
  });
  return () => {
    localListeners.delete(listener);
    remote?.close();
  };
}
