/**
 * The live stream from the team server, for an open side panel: it hears that
 * the team changed and asks for a sync. Reconnects with a growing delay; closing
 * stops it for good.
 */
import { LiveEventSchema } from '../protocol';
import { TeamApi } from './team-api';

export interface LiveStream {
  close(): void;
}

export function openLiveStream(serverUrl: string, token: string, onChange: () => void, onStatus: (connected: boolean) => void = () => undefined): LiveStream {
  const url = new TeamApi(serverUrl, token).liveUrl();
  let socket: WebSocket | null = null;
  let closed = false;
  let retryMs = 1000;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (closed) return;
    socket = new WebSocket(url);
    socket.addEventListener('open', () => socket?.send(JSON.stringify({ type: 'hello', token })));
    socket.addEventListener('message', (event: MessageEvent<unknown>) => {
      let parsed;
      try {
        parsed = LiveEventSchema.safeParse(JSON.parse(String(event.data)));
      } catch {
        return;
      }
      if (!parsed.success) return;
      if (parsed.data.type === 'ready') {
        retryMs = 1000;
        onStatus(true);
        // Anything missed while disconnected.
        onChange();
      } else if (parsed.data.type === 'changed') onChange();
    });
    socket.addEventListener('close', () => {
      onStatus(false);
      if (closed) return;
      timer = setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 60_000);
    });
  };
  connect();
  return {
    close() {
      closed = true;
      clearTimeout(timer);
      socket?.close();
    },
  };
}
