/**
 * The extension's only network code: requests to the one team server address the
 * user entered, each answer checked against the protocol before it is used.
 */
import type { z } from 'zod';
import {
  CreatedInviteSchema,
  ErrorBodySchema,
  MatchAccountsResponseSchema,
  MembershipSchema,
  PullResponseSchema,
  PushResponseSchema,
  TeamDirectorySchema,
  type Mutation,
  type PullResponse,
} from '../protocol';
import { z as zod } from 'zod';

export class TeamServerError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = 'TeamServerError';
  }
  /** The token no longer works (revoked, or the team is gone): stop syncing and tell the person. */
  get unauthorised(): boolean {
    return this.status === 401;
  }
}

/** A team server address as the user typed it: http(s), no path, query or credentials. */
export function normaliseServerUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input.trim());
  } catch {
    throw new Error(`"${input}" is not an address (for example https://team.example.com)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('The team server address must start with https:// (or http:// on this computer)');
  if (url.username || url.password) throw new Error('Leave the user name and password out of the address');
  if (url.protocol === 'http:' && !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)) {
    throw new Error('Use https:// for a team server on another computer: tokens must not travel in the clear');
  }
  return url.origin;
}

const TeamViewSchema = TeamDirectorySchema.extend({ memberId: zod.uuid() });

export class TeamApi {
  readonly origin: string;
  constructor(
    serverUrl: string,
    private readonly token?: string,
  ) {
    this.origin = normaliseServerUrl(serverUrl);
  }

  private async request<S extends z.ZodType>(schema: S, path: string, init: { method?: 'GET' | 'POST'; body?: unknown } = {}): Promise<z.output<S>> {
    const headers: Record<string, string> = {};
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(`${this.origin}${path}`, {
        method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
        headers,
        ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
        credentials: 'omit',
        cache: 'no-store',
      });
    } catch (error) {
      throw new TeamServerError(0, `The team server at ${this.origin} cannot be reached (${error instanceof Error ? error.message : String(error)})`);
    }
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const body = ErrorBodySchema.safeParse(payload);
      throw new TeamServerError(response.status, body.success ? body.data.error : `The team server answered ${response.status}`);
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new TeamServerError(502, `The team server at ${this.origin} sent an answer Rapport does not understand`);
    return parsed.data;
  }

  createTeam(setupCode: string, teamName: string, adminName: string) {
    return this.request(MembershipSchema, '/v1/teams', { body: { setupCode, teamName, adminName } });
  }
  join(inviteCode: string, name: string) {
    return this.request(MembershipSchema, '/v1/join', { body: { inviteCode, name } });
  }
  team() {
    return this.request(TeamViewSchema, '/v1/team');
  }
  createInvite(name?: string) {
    return this.request(CreatedInviteSchema, '/v1/invites', { body: name ? { name } : {} });
  }
  revokeInvite(id: string) {
    return this.request(zod.object({ ok: zod.boolean() }), `/v1/invites/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: {} });
  }
  revokeMember(id: string) {
    return this.request(zod.object({ ok: zod.boolean() }), `/v1/members/${encodeURIComponent(id)}/revoke`, { method: 'POST', body: {} });
  }
  push(clientId: string, mutations: Mutation[]) {
    return this.request(PushResponseSchema, '/v1/push', { body: { clientId, mutations } });
  }
  matchAccounts(keys: { platform: string; handle: string }[]) {
    return this.request(MatchAccountsResponseSchema, '/v1/accounts/match', { body: { keys } });
  }
  pull(after: number, limit?: number): Promise<PullResponse> {
    return this.request(PullResponseSchema, `/v1/pull?after=${after}${limit ? `&limit=${limit}` : ''}`);
  }
  /** The live stream's address (ws: or wss:, as the server's scheme). */
  liveUrl(): string {
    return `${this.origin.replace(/^http/, 'ws')}/v1/live`;
  }
}
