/**
 * Starts a team server: PostgreSQL (the one at DATABASE_URL, or a cluster of its
 * own under a data folder), its migrations, then the HTTP API on a port.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrate } from './migrate';
import { buildTeamServer } from './app';
import { newSecret } from './team-store';
import { startLocalPostgres, type LocalPostgres } from './local-postgres';

export const APP_ROLE = 'rapport_app';
const DATABASE = 'rapport';

export interface TeamServerConfig {
  /** A PostgreSQL you run (the app role's login, or any login that may SET ROLE rapport_app). */
  databaseUrl?: string;
  /** For migrations, when the app's login may not change the schema. Defaults to databaseUrl. */
  adminDatabaseUrl?: string;
  /** Where the server's own cluster lives when there is no databaseUrl. */
  dataDir: string;
  port: number;
  host: string;
  /** Who holds it can create teams; generated (and kept in dataDir) when absent. */
  setupCode?: string;
  /** Throwaway clusters only: fsync off. */
  durable?: boolean;
}

export interface RunningTeamServer {
  url: string;
  setupCode: string;
  /** How requests reach PostgreSQL, for tests that check the database directly. */
  connection: pg.ClientConfig;
  adminConnection: pg.ClientConfig;
  close(): Promise<void>;
}

function setupCodeFor(config: TeamServerConfig): string {
  if (config.setupCode) return config.setupCode;
  const file = join(config.dataDir, 'setup-code');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const code = newSecret('setup');
  writeFileSync(file, `${code}\n`, { mode: 0o600 });
  return code;
}

async function withClient<T>(config: pg.ClientConfig, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(config);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Refuses to serve as a role that row-level security would not bind. */
async function checkAppRole(pool: pg.Pool): Promise<void> {
  const role = await pool.query<{ rolsuper: boolean; rolbypassrls: boolean; current_user: string }>(
    'select r.rolsuper, r.rolbypassrls, current_user from pg_roles r where r.rolname = current_user',
  );
  const row = role.rows[0];
  if (!row || row.rolsuper || row.rolbypassrls) {
    throw new Error(
      `The team server must not run requests as a superuser or a BYPASSRLS role (it is "${row?.current_user ?? '?'}"); row-level security keeps teams apart.`,
    );
  }
}

export async function startTeamServer(config: TeamServerConfig): Promise<RunningTeamServer> {
  const { mkdirSync } = await import('node:fs');
  mkdirSync(config.dataDir, { recursive: true });
  let cluster: LocalPostgres | undefined;
  let connection: pg.ClientConfig;
  let adminConnection: pg.ClientConfig;
  if (config.databaseUrl) {
    connection = { connectionString: config.databaseUrl };
    adminConnection = { connectionString: config.adminDatabaseUrl ?? config.databaseUrl };
  } else {
    cluster = await startLocalPostgres(join(config.dataDir, 'postgres'), { durable: config.durable ?? true, port: 5432 });
    const socket = { host: cluster.socketDir, port: cluster.port };
    await withClient({ ...socket, user: 'postgres', database: 'postgres' }, async (client) => {
      const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE]);
      if (exists.rowCount === 0) await client.query(`create database ${DATABASE}`);
    });
    adminConnection = { ...socket, user: 'postgres', database: DATABASE };
    connection = { ...socket, user: APP_ROLE, database: DATABASE };
  }
  try {
    await withClient(adminConnection, async (client) => {
      await migrate(client);
      if (cluster) await client.query(`alter role ${APP_ROLE} login`);
    });
    // Whatever login DATABASE_URL names, requests run as the app role: set at connection start-up,
    // so no query can run before it (a `set role` on the pool's connect event raced the first query).
    const pool = new pg.Pool({ ...connection, max: 10, options: `-c role=${APP_ROLE}` });
    await checkAppRole(pool);
    const listener = new pg.Client(connection);
    await listener.connect();
    await listener.query('listen rapport_changes');
    const setupCode = setupCodeFor(config);
    const app = await buildTeamServer({ pool, listener, setupCode });
    const address = await app.listen({ port: config.port, host: config.host });
    return {
      url: address.replace('[::1]', 'localhost'),
      setupCode,
      connection,
      adminConnection,
      close: async () => {
        await app.close();
        await listener.end();
        await pool.end();
        await cluster?.stop();
      },
    };
  } catch (error) {
    await cluster?.stop().catch(() => undefined);
    throw error;
  }
}
