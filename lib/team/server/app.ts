/**
 * The team server's HTTP API (fastify) and live stream (ws). Requests carry the
 * member's own token; the server takes the team and the author from it, never
 * from the request body.
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { WebSocketServer, type WebSocket } from 'ws';
import type pg from 'pg';
import type { z } from 'zod';
import { timingSafeEqual } from 'node:crypto';
import {
  CreateInviteRequestSchema,
  CreateTeamRequestSchema,
  JoinRequestSchema,
  LiveHelloSchema,
  MatchAccountsRequestSchema,
  MAX_PULL_PAGE,
  PushRequestSchema,
  type LiveEvent,
} from '../protocol';
import { describeIssues } from '../../db/records';
import { HttpError, TeamStore, type Caller } from './team-store';

export const BODY_LIMIT_BYTES = 4 * 1024 * 1024;
const LIVE_PING_MS = 20_000;

export interface TeamServerOptions {
  /** Requests run as the app role (see migrations/002). */
  pool: pg.Pool;
  /** A connection that LISTENs for committed pushes (any server instance's). */
  listener: pg.Client;
  /** Whoever holds it can create teams on this server. */
  setupCode: string;
  logger?: boolean;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new HttpError(400, `Invalid request: ${describeIssues(result.error)}`);
  return result.data;
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export async function buildTeamServer(options: TeamServerOptions): Promise<FastifyInstance> {
  const store = new TeamStore(options.pool);
  const app = Fastify({ logger: options.logger ?? false, bodyLimit: BODY_LIMIT_BYTES });

  async function callerOf(request: FastifyRequest): Promise<Caller> {
    const header = request.headers.authorization ?? '';
    const token = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header)?.[1];
    if (!token) throw new HttpError(401, 'Missing or malformed token: send "Authorization: Bearer <your token>"');
    const caller = await store.authenticate(token);
    if (!caller) throw new HttpError(401, 'This token is not (or no longer) a member of a team');
    return caller;
  }

  function adminOnly(caller: Caller): void {
    if (caller.role !== 'admin') throw new HttpError(403, 'Only a team admin can do this');
  }

  app.setErrorHandler((error: unknown, _request, reply: FastifyReply) => {
    if (error instanceof HttpError) return reply.status(error.status).send({ error: error.message });
    const status = typeof error === 'object' && error !== null && 'statusCode' in error ? Number((error as { statusCode: unknown }).statusCode) : 500;
    const message = error instanceof Error ? error.message : String(error);
    if (status >= 400 && status < 500) return reply.status(status).send({ error: message });
    app.log.error(error);
    return reply.status(500).send({ error: 'The team server failed; nothing was written' });
  });

  // Browsers call the API from the extension's own pages. Requests are authorised by a bearer token, never by
  // cookies, so any origin may call it: a page without a member's token can do nothing with the answers.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-allow-headers', 'authorization, content-type');
    reply.header('access-control-allow-methods', 'GET, POST');
    reply.header('access-control-max-age', '600');
    // Chromium's private network access: a team server on this computer or a LAN answers its preflight too.
    if (request.headers['access-control-request-private-network']) reply.header('access-control-allow-private-network', 'true');
    if (request.method === 'OPTIONS') return reply.status(204).send();
  });
  app.options('/*', async (_request, reply) => reply.status(204).send());

  app.get('/v1/health', async () => ({ ok: true, service: 'rapport-team-server' }));

  app.post('/v1/teams', async (request) => {
    const body = parse(CreateTeamRequestSchema, request.body);
    if (!sameSecret(body.setupCode, options.setupCode)) throw new HttpError(403, 'Wrong setup code: it is printed when the team server starts');
    return store.createTeam(body.teamName, body.adminName);
  });

  app.post('/v1/join', async (request) => {
    const body = parse(JoinRequestSchema, request.body);
    const membership = await store.redeemInvite(body.inviteCode, body.name);
    if (!membership) throw new HttpError(403, 'This invite code is unknown, already used or revoked');
    return membership;
  });

  app.get('/v1/team', async (request) => {
    const caller = await callerOf(request);
    return { memberId: caller.memberId, ...(await store.directory(caller)) };
  });

  app.post('/v1/invites', async (request) => {
    const caller = await callerOf(request);
    adminOnly(caller);
    const body = parse(CreateInviteRequestSchema, request.body ?? {});
    return store.createInvite(caller, body.name, body.role);
  });

  app.post<{ Params: { id: string } }>('/v1/invites/:id/revoke', async (request) => {
    const caller = await callerOf(request);
    adminOnly(caller);
    if (!(await store.revokeInvite(caller, uuidParam(request.params.id)))) throw new HttpError(404, 'No such invite in this team');
    return { ok: true };
  });

  app.post<{ Params: { id: string } }>('/v1/members/:id/revoke', async (request) => {
    const caller = await callerOf(request);
    adminOnly(caller);
    if (!(await store.revokeMember(caller, uuidParam(request.params.id)))) throw new HttpError(404, 'No such member in this team');
    return { ok: true };
  });

  app.post('/v1/push', async (request) => {
    const caller = await callerOf(request);
    const body = parse(PushRequestSchema, request.body);
    const { lastMutationId } = await store.push(caller, body);
    return { lastMutationId };
  });

  app.post('/v1/accounts/match', async (request) => {
    const caller = await callerOf(request);
    const body = parse(MatchAccountsRequestSchema, request.body);
    return { matches: await store.matchAccounts(caller, body.keys) };
  });

  app.get<{ Querystring: { after?: string; limit?: string } }>('/v1/pull', async (request) => {
    const caller = await callerOf(request);
    const after = Number(request.query.after ?? 0);
    const limit = Number(request.query.limit ?? MAX_PULL_PAGE);
    if (!Number.isSafeInteger(after) || after < 0) throw new HttpError(400, 'after must be a checkpoint (a whole number, 0 or more)');
    if (!Number.isSafeInteger(limit) || limit < 1 || limit > MAX_PULL_PAGE) throw new HttpError(400, `limit must be 1-${MAX_PULL_PAGE}`);
    return store.pull(caller, after, limit);
  });

  attachLiveStream(app, store, options.listener);
  return app;
}

function uuidParam(value: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) throw new HttpError(400, 'Not an id');
  return value;
}

/**
 * /v1/live: the client sends {type:'hello', token} first; from then on it hears
 * {type:'changed', seq} whenever its team commits a push, and a ping every 20 s
 * (which also keeps a Chrome service worker's socket alive).
 */
function attachLiveStream(app: FastifyInstance, store: TeamStore, listener: pg.Client): void {
  const sockets = new Map<WebSocket, string>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: 4096 });
  const send = (socket: WebSocket, event: LiveEvent) => socket.send(JSON.stringify(event));

  listener.on('notification', (message) => {
    if (message.channel !== 'rapport_changes' || !message.payload) return;
    const { teamId, seq } = JSON.parse(message.payload) as { teamId: string; seq: number };
    for (const [socket, team] of sockets) if (team === teamId) send(socket, { type: 'changed', seq });
  });

  wss.on('connection', (socket: WebSocket) => {
    const hello = setTimeout(() => socket.close(4401, 'no hello'), 10_000);
    socket.once('message', (raw) => {
      clearTimeout(hello);
      let token: string;
      try {
        token = LiveHelloSchema.parse(JSON.parse(String(raw))).token;
      } catch {
        socket.close(4400, 'bad hello');
        return;
      }
      void store.authenticate(token).then(
        (caller) => {
          if (!caller) return socket.close(4401, 'not a member');
          sockets.set(socket, caller.teamId);
          send(socket, { type: 'ready' });
        },
        () => socket.close(1011, 'server error'),
      );
    });
    socket.on('close', () => sockets.delete(socket));
  });

  const pings = setInterval(() => {
    for (const socket of sockets.keys()) send(socket, { type: 'ping' });
  }, LIVE_PING_MS);

  app.server.on('upgrade', (request, socket, head) => {
    if (!request.url?.startsWith('/v1/live')) return socket.destroy();
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });
  app.addHook('onClose', async () => {
    clearInterval(pings);
    for (const socket of sockets.keys()) socket.terminate();
    wss.close();
  });
}
