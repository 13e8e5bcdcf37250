/**
 * A PostgreSQL cluster of the team server's own, from the system's PostgreSQL
 * binaries: `npm run team-server` without DATABASE_URL keeps one under a data
 * folder, and the test suite starts a throwaway one. It listens on a Unix socket
 * in its data folder only (no TCP port), so only this machine's user can reach it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class PostgresNotFoundError extends Error {
  constructor(looked: string[]) {
    super(
      `PostgreSQL server binaries (initdb, pg_ctl) were not found (looked in ${looked.join(', ')}). ` +
        `Install them with "apt-get install -y postgresql" (Debian/Ubuntu) or "brew install postgresql@16" (macOS), ` +
        `set PG_BIN to the folder that holds initdb, or set DATABASE_URL to use a PostgreSQL you run yourself.`,
    );
    this.name = 'PostgresNotFoundError';
  }
}

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest Debian install, else PATH. */
export function findPostgresBin(): string {
  const looked: string[] = [];
  const candidates: string[] = [];
  if (process.env.PG_BIN) candidates.push(process.env.PG_BIN);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => /^\d+$/.test(v))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((v) => join(debian, v, 'bin')));
  }
  candidates.push('/opt/homebrew/bin', '/usr/local/bin', '/usr/bin');
  for (const dir of candidates) {
    looked.push(dir);
    if (existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  throw new PostgresNotFoundError(looked);
}

/** initdb refuses to run as root: then the cluster belongs to the `postgres` user. */
function clusterUser(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    return { uid, gid };
  } catch {
    throw new Error('Running as root, the team server needs a "postgres" user to own its database (initdb refuses root). Create one, or run as another user.');
  }
}

export interface LocalPostgres {
  /** Connection settings for node-postgres: the socket folder and the cluster's superuser. */
  socketDir: string;
  port: number;
  stop(): Promise<void>;
}

function run(bin: string, args: string[], owner: { uid: number; gid: number } | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'], ...(owner ?? {}), env: { ...process.env, LC_ALL: 'C' } });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${bin} ${args.join(' ')} failed (${String(code)}):\n${output}`))));
  });
}

/**
 * Starts (creating first when empty) a cluster in `dataDir`. `port` only names
 * the socket file (.s.PGSQL.<port>); nothing listens on TCP.
 */
export async function startLocalPostgres(dataDir: string, options: { port?: number; durable?: boolean } = {}): Promise<LocalPostgres> {
  const bin = findPostgresBin();
  const owner = clusterUser();
  const port = options.port ?? 5432;
  const pgData = join(dataDir, 'pgdata');
  const socketDir = join(dataDir, 'socket');
  mkdirSync(pgData, { recursive: true });
  mkdirSync(socketDir, { recursive: true });
  chmodSync(dataDir, 0o700);
  if (owner) for (const dir of [dataDir, pgData, socketDir]) chownSync(dir, owner.uid, owner.gid);
  if (!existsSync(join(pgData, 'PG_VERSION'))) {
    await run(join(bin, 'initdb'), ['-D', pgData, '-U', 'postgres', '--auth=trust', '--encoding=UTF8', '--no-instructions'], owner);
  }
  const settings = [`-c listen_addresses=''`, `-c unix_socket_directories=${socketDir}`, `-p ${port}`];
  // Throwaway clusters (tests, benchmarks) trade durability for speed.
  if (options.durable === false) settings.push('-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off');
  writeFileSync(join(dataDir, 'README.txt'), 'The Rapport team server keeps its PostgreSQL cluster here (pgdata). Back it up with pg_dump.\n');
  await run(join(bin, 'pg_ctl'), ['-D', pgData, '-o', settings.join(' '), '-w', '-t', '60', '-l', join(pgData, 'server.log'), 'start'], owner);
  return {
    socketDir,
    port,
    stop: () => run(join(bin, 'pg_ctl'), ['-D', pgData, '-m', 'fast', '-w', 'stop'], owner),
  };
}
