/** Each numbered SQL migration of the team server, applied to a fresh database of its own. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type pg from 'pg';
import { migrate, migrationFiles } from '../../lib/team/server/migrate';
import { sql } from './harness/server';

const DATABASE = `migrations_${process.pid}_${Date.now()}`;

beforeAll(() => sql('admin', (c) => c.query(`create database ${DATABASE}`)));
afterAll(() => sql('admin', (c) => c.query(`drop database ${DATABASE} with (force)`)));

function inFresh<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  return sql('admin', work, DATABASE);
}

describe('team server migrations', () => {
  it('are numbered files applied in order', () => {
    expect(migrationFiles().map((f) => f.version)).toEqual([1, 2, 3]);
  });

  it('001 creates the team tables, each under forced row-level security, and keeps secrets out of them', async () => {
    await inFresh(async (client) => {
      expect(await migrate(client, 1)).toEqual([1]);
      const tables = await client.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
        "select relname, relrowsecurity, relforcerowsecurity from pg_class where relkind = 'r' and relnamespace = 'public'::regnamespace and relname <> 'schema_migrations' order by relname",
      );
      expect(tables.rows).toEqual([
        { relname: 'audit', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'client_mutations', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'credentials', relrowsecurity: false, relforcerowsecurity: false },
        { relname: 'invite_codes', relrowsecurity: false, relforcerowsecurity: false },
        { relname: 'invites', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'members', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'records', relrowsecurity: true, relforcerowsecurity: true },
        { relname: 'teams', relrowsecurity: true, relforcerowsecurity: true },
      ]);
      const policies = await client.query<{ tablename: string }>("select tablename from pg_policies where policyname = 'team_isolation' order by tablename");
      expect(policies.rows.map((r) => r.tablename)).toEqual(['audit', 'client_mutations', 'invites', 'members', 'records', 'teams']);
      const columns = await client.query<{ column_name: string }>(
        "select column_name from information_schema.columns where table_name = 'members' order by column_name",
      );
      expect(columns.rows.map((r) => r.column_name)).not.toContain('token_hash');
    });
  });

  it('002 gives the request role exactly what requests need: no secrets, no bypass, no ownership', async () => {
    await inFresh(async (client) => {
      expect(await migrate(client, 2)).toEqual([2]);
      const can = async (table: string, privilege: string) =>
        (await client.query<{ ok: boolean }>('select has_table_privilege($1, $2, $3) as ok', ['rapport_app', table, privilege])).rows[0]?.ok;
      expect(await can('records', 'SELECT')).toBe(true);
      expect(await can('records', 'INSERT')).toBe(true);
      expect(await can('records', 'DELETE')).toBe(false);
      expect(await can('audit', 'UPDATE')).toBe(false);
      expect(await can('credentials', 'SELECT')).toBe(false);
      expect(await can('invite_codes', 'SELECT')).toBe(false);
      const role = await client.query("select rolsuper, rolbypassrls from pg_roles where rolname = 'rapport_app'");
      expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false });
      const owners = await client.query("select count(*)::int as n from pg_tables where schemaname = 'public' and tableowner = 'rapport_app'");
      expect(owners.rows[0]).toEqual({ n: 0 });
    });
  });

  it('003 lets records hold campaigns, and still nothing outside the shared stores', async () => {
    await inFresh(async (client) => {
      const check = () =>
        client
          .query<{ def: string }>("select pg_get_constraintdef(oid) as def from pg_constraint where conname = 'records_store_check'")
          .then((r) => r.rows[0]?.def ?? '');
      expect(await check()).not.toContain('campaigns');
      expect(await migrate(client, 3)).toEqual([3]);
      const def = await check();
      for (const store of ['creators', 'accounts', 'interactions', 'collaborations', 'campaigns']) expect(def).toContain(`'${store}'`);
      expect(def).not.toContain('reminders');
    });
  });

  it('run once: a second run applies nothing', async () => {
    await inFresh(async (client) => {
      expect(await migrate(client)).toEqual([]);
      const applied = await client.query<{ version: number }>('select version from schema_migrations order by version');
      expect(applied.rows.map((r) => r.version)).toEqual([1, 2, 3]);
    });
  });
});
