/**
 * Schema changes are numbered SQL files in ./migrations, applied in order, each
 * in its own transaction, and recorded in schema_migrations so each runs once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');

export interface MigrationFile {
  version: number;
  name: string;
  sql: string;
}

export function migrationFiles(): MigrationFile[] {
  return readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{3}-[a-z0-9-]+\.sql$/.test(f))
    .sort()
    .map((name) => ({ version: Number(name.slice(0, 3)), name, sql: readFileSync(join(MIGRATIONS_DIR, name), 'utf8') }));
}

/** Applies every migration above the database's version (or up to `upTo`). Returns the versions applied. */
export async function migrate(client: pg.ClientBase, upTo = Infinity): Promise<number[]> {
  await client.query(
    'create table if not exists schema_migrations (version int primary key, name text not null, applied_at timestamptz not null default now())',
  );
  // One migrator at a time, even with several servers starting together.
  await client.query('select pg_advisory_lock(4242001)');
  try {
    const done = new Set((await client.query<{ version: number }>('select version from schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const file of migrationFiles()) {
      if (file.version > upTo || done.has(file.version)) continue;
      await client.query('begin');
      try {
        await client.query(file.sql);
        await client.query('insert into schema_migrations (version, name) values ($1, $2)', [file.version, file.name]);
        await client.query('commit');
        applied.push(file.version);
      } catch (error) {
        await client.query('rollback');
        throw new Error(`Team server migration ${file.name} failed: ${String(error)}`, { cause: error });
      }
    }
    return applied;
  } finally {
    await client.query('select pg_advisory_unlock(4242001)');
  }
}
