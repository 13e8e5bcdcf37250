/**
 * An HTTPS server that answers for the real social-site host names (Chromium
 * maps them here with --host-resolver-rules). Tests register what each URL
 * returns: a saved real page from ../shared/fixtures, or inline HTML.
 */
import { createServer, type Server } from 'node:https';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { makeCertificate } from './certificate';
import { SITE_HOSTS } from './hosts';

export const FIXTURES_DIR = path.resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../../shared/fixtures');

export function fixturePath(relative: string): string {
  return path.join(FIXTURES_DIR, relative);
}

type Route = { body: string | Buffer; contentType: string; headers?: Record<string, string> };

export interface FixtureServer {
  port: number;
  /** Serve a saved real page at `url` (host and path; the query string is ignored), with extra response headers if given. */
  servePage(url: string, fixture: string, headers?: Record<string, string>): void;
  serveHtml(url: string, html: string): void;
  close(): Promise<void>;
}

function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname}${u.pathname}`;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, Route>();
  const { key, cert } = await makeCertificate(SITE_HOSTS);
  const server: Server = createServer({ key, cert }, (req, res) => {
    const host = (req.headers.host ?? '').split(':')[0] ?? '';
    const route = routes.get(`${host}${new URL(req.url ?? '/', 'https://x').pathname}`);
    if (!route) {
      // Saved pages reference their site's assets; answer fast so nothing waits on them.
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not in fixtures');
      return;
    }
    res.writeHead(200, { ...route.headers, 'content-type': route.contentType, 'cache-control': 'no-store' }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    servePage(url, fixture, headers) {
      routes.set(routeKey(url), { body: readFileSync(fixturePath(fixture)), contentType: 'text/html; charset=utf-8', ...(headers ? { headers } : {}) });
    },
    serveHtml(url, html) {
      routes.set(routeKey(url), { body: html, contentType: 'text/html; charset=utf-8' });
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
