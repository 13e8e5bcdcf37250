/** React view of the overlay frame's port (see overlay-connection.ts). */
import { useSyncExternalStore } from 'react';
import { getConnectionSnapshot, subscribeToConnection, type ConnectionSnapshot } from './overlay-connection';

export function useOverlayConnection(): ConnectionSnapshot {
  return useSyncExternalStore(subscribeToConnection, getConnectionSnapshot);
}
