/** Helpers for tests against the suite's team server (see global-setup.ts). */
import { inject } from 'vitest';
import pg from 'pg';
import { request as httpRequest } from 'node:http';
import { TeamApi } from '../../../lib/team/client/team-api';
import type { Membership } from '../../../lib/team/protocol';

export function server() {
  return inject('teamServer');
}

let teamCount = 0;

/** A new team with an admin, and `members` more people who joined by invite. */
export async function newTeam(memberNames: string[] = []): Promise<{ admin: Membership; members: Membership[]; api: (m: Membership) => TeamApi }> {
  const { url, setupCode } = server();
  const admin = await new TeamApi(url).createTeam(setupCode, `Team ${++teamCount} ${Date.now()}`, 'Admin');
  const adminApi = new TeamApi(url, admin.token);
  const members: Membership[] = [];
  for (const name of memberNames) {
    const { code } = await adminApi.createInvite(name);
    members.push(await new TeamApi(url).join(code, name));
  }
  return { admin, members, api: (m) => new TeamApi(url, m.token) };
}

/** A raw HTTP call, for requests the typed client would never send. */
export async function rawRequest(path: string, init: { method?: string; token?: string; body?: string; contentType?: string } = {}) {
  const headers: Record<string, string> = {};
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['content-type'] = init.contentType ?? 'application/json';
  const response = await fetch(`${server().url}${path}`, {
    method: init.method ?? (init.body ? 'POST' : 'GET'),
    headers,
    ...(init.body !== undefined ? { body: init.body } : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = text;
  }
  return { status: response.status, json };
}

/** A direct connection to PostgreSQL: as the server's request role, or as the cluster's admin. */
export async function sql<T>(as: 'app' | 'admin', work: (client: pg.Client) => Promise<T>, database?: string): Promise<T> {
  const config = (as === 'app' ? server().connection : server().adminConnection) as pg.ClientConfig;
  const client = new pg.Client({ ...config, ...(database ? { database } : {}) });
  await client.connect();
  try {
    if (as === 'app') await client.query('set role rapport_app');
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The status a too-large body is refused with. The server answers from the length header alone and
 * closes the connection, so a sender still writing the body gets EPIPE: the headers go first, and
 * the body only if no answer came within a second (a server that waits for it still answers then).
 */
export function oversizedRequestStatus(path: string, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let status: number | undefined;
    const request = httpRequest(`${server().url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    request.on('response', (response) => {
      status = response.statusCode ?? 0;
      response.resume();
      resolve(status);
      request.destroy();
    });
    request.on('error', (error) => {
      if (status === undefined) reject(error);
    });
    request.flushHeaders();
    setTimeout(() => {
      if (status === undefined) request.end(body);
    }, 1000);
  });
}
