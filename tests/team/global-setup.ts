/**
 * One throwaway PostgreSQL cluster (initdb into a temp folder, fsync off, a Unix
 * socket only) and one team server on a random loopback port for the whole team
 * suite; every test makes teams of its own, so tests cannot see each other's data.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startTeamServer } from '../../lib/team/server/start';
import { PostgresNotFoundError } from '../../lib/team/server/local-postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    teamServer: { url: string; setupCode: string; connection: Record<string, unknown>; adminConnection: Record<string, unknown> };
  }
}

export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(join(tmpdir(), 'rapport-team-test-'));
  // The cluster may belong to another user (initdb refuses root): let it through the folder.
  chmodSync(dataDir, 0o755);
  let server;
  try {
    server = await startTeamServer({ dataDir, port: 0, host: '127.0.0.1', setupCode: 'setup_test_code_0123456789', durable: false });
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    if (error instanceof PostgresNotFoundError) throw new Error(`The team tests need a real PostgreSQL. ${error.message}`, { cause: error });
    throw error;
  }
  project.provide('teamServer', {
    url: server.url,
    setupCode: server.setupCode,
    connection: server.connection as Record<string, unknown>,
    adminConnection: server.adminConnection as Record<string, unknown>,
  });
  return async () => {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
