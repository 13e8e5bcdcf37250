/**
 * A TCP relay on loopback in front of a server, which a test can switch off and
 * on: one browser's route to the team server, so that browser alone goes offline
 * (the server and the other browser carry on).
 */
import net from 'node:net';

export interface SwitchableProxy {
  url: string;
  offline(): Promise<void>;
  online(): Promise<void>;
  close(): Promise<void>;
}

export async function startSwitchableProxy(target: URL): Promise<SwitchableProxy> {
  const sockets = new Set<net.Socket>();
  const relay = () =>
    net.createServer((client) => {
      const upstream = net.connect(Number(target.port), target.hostname);
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
  let server = relay();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  const stop = async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  };
  return {
    url: `http://127.0.0.1:${port}`,
    offline: stop,
    async online() {
      server = relay();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
    close: () => stop().catch(() => undefined),
  };
}
