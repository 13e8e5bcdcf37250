-- Teams, their members and invites, the shared records and the audit of merges.
-- Every team table carries team_id and is guarded by row-level security: the
-- server sets app.team_id from the caller's token at the start of each
-- transaction, and FORCE makes the policies bind the tables' owner too.

create table teams (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(name) between 1 and 120),
  created_at timestamptz not null default now()
);

create table members (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references teams (id),
  name text not null check (length(name) between 1 and 120),
  role text not null check (role in ('admin', 'member')),
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index members_by_team on members (team_id);

create table invites (
  id uuid primary key default gen_random_uuid(),
  team_id uuid not null references teams (id),
  name text check (length(name) between 1 and 120),
  role text not null check (role in ('admin', 'member')),
  created_by uuid not null references members (id),
  used_by uuid references members (id),
  revoked_at timestamptz,
  created_at timestamptz not null default now()
);
create index invites_by_team on invites (team_id);

-- One row per shared record. seq orders a team's changes for pull; a team's
-- pushes are serialised by an advisory lock, so within a team seq values become
-- visible in the order they were taken.
create sequence change_seq;
create table records (
  team_id uuid not null references teams (id),
  store text not null check (store in ('creators', 'accounts', 'interactions', 'collaborations')),
  id text not null check (length(id) between 1 and 100),
  seq bigint not null,
  deleted boolean not null default false,
  data jsonb not null,
  clocks jsonb not null,
  updated_by uuid not null references members (id),
  updated_at timestamptz not null default now(),
  primary key (team_id, store, id)
);
create index records_by_team_seq on records (team_id, seq);

-- Every value a merge discarded (an older change, an overwritten value, a text
-- conflict, an author the client tried to set), so nothing is lost for good.
create table audit (
  id bigserial primary key,
  team_id uuid not null references teams (id),
  store text not null,
  record_id text not null,
  field text not null,
  discarded jsonb,
  discarded_by uuid not null,
  reason text not null,
  pushed_by uuid not null references members (id),
  at timestamptz not null default now()
);
create index audit_by_record on audit (team_id, store, record_id);

-- Exactly-once pushes: the last mutation applied per client.
create table client_mutations (
  team_id uuid not null references teams (id),
  member_id uuid not null references members (id),
  client_id text not null,
  last_mutation_id bigint not null,
  primary key (team_id, member_id, client_id)
);

-- Secrets, stored hashed, in tables the server's role cannot read: only the
-- security-definer functions below look them up.
create table credentials (
  token_hash bytea primary key,
  team_id uuid not null references teams (id),
  member_id uuid not null references members (id)
);
create table invite_codes (
  code_hash bytea primary key,
  team_id uuid not null references teams (id),
  invite_id uuid not null references invites (id)
);

do $$
declare t text;
begin
  foreach t in array array['teams', 'members', 'invites', 'records', 'audit', 'client_mutations'] loop
    execute format('alter table %I enable row level security', t);
    execute format('alter table %I force row level security', t);
  end loop;
end $$;

create policy team_isolation on teams
  using (id = nullif(current_setting('app.team_id', true), '')::uuid)
  with check (id = nullif(current_setting('app.team_id', true), '')::uuid);
do $$
declare t text;
begin
  foreach t in array array['members', 'invites', 'records', 'audit', 'client_mutations'] loop
    execute format(
      'create policy team_isolation on %I using (team_id = nullif(current_setting(''app.team_id'', true), '''')::uuid) with check (team_id = nullif(current_setting(''app.team_id'', true), '''')::uuid)',
      t);
  end loop;
end $$;

-- Who a token belongs to (null when unknown or revoked).
create function rapport_authenticate(p_token_hash bytea) returns table (team_id uuid, member_id uuid)
language sql security definer set search_path = public stable as $$
  select c.team_id, c.member_id from credentials c where c.token_hash = p_token_hash
$$;

create function rapport_create_team(p_team_name text, p_admin_name text, p_token_hash bytea) returns table (team_id uuid, member_id uuid)
language plpgsql security definer set search_path = public as $$
declare v_team uuid := gen_random_uuid(); v_member uuid := gen_random_uuid();
begin
  perform set_config('app.team_id', v_team::text, true);
  insert into teams (id, name) values (v_team, p_team_name);
  insert into members (id, team_id, name, role) values (v_member, v_team, p_admin_name, 'admin');
  insert into credentials (token_hash, team_id, member_id) values (p_token_hash, v_team, v_member);
  return query select v_team, v_member;
end $$;

-- Redeems a one-person invite: a new member with their own token; the code is spent.
create function rapport_redeem_invite(p_code_hash bytea, p_name text, p_token_hash bytea) returns table (team_id uuid, member_id uuid)
language plpgsql security definer set search_path = public as $$
declare v_code invite_codes%rowtype; v_invite invites%rowtype; v_member uuid := gen_random_uuid();
begin
  select * into v_code from invite_codes where code_hash = p_code_hash for update;
  if not found then return; end if;
  perform set_config('app.team_id', v_code.team_id::text, true);
  select * into v_invite from invites where id = v_code.invite_id for update;
  if v_invite.used_by is not null or v_invite.revoked_at is not null then return; end if;
  insert into members (id, team_id, name, role) values (v_member, v_code.team_id, p_name, v_invite.role);
  insert into credentials (token_hash, team_id, member_id) values (p_token_hash, v_code.team_id, v_member);
  update invites set used_by = v_member where id = v_invite.id;
  delete from invite_codes where code_hash = p_code_hash;
  return query select v_code.team_id, v_member;
end $$;

-- Attaches a code to an invite of the caller's own team (the invite must be visible under app.team_id).
create function rapport_add_invite_code(p_invite_id uuid, p_code_hash bytea) returns void
language plpgsql security definer set search_path = public as $$
declare v_team uuid;
begin
  select team_id into v_team from invites where id = p_invite_id and revoked_at is null and used_by is null;
  if v_team is null then raise exception 'no such open invite in this team'; end if;
  insert into invite_codes (code_hash, team_id, invite_id) values (p_code_hash, v_team, p_invite_id);
end $$;

-- Revokes a member of the caller's own team: their token stops working at once.
create function rapport_revoke_member(p_member_id uuid) returns boolean
language plpgsql security definer set search_path = public as $$
declare v_team uuid;
begin
  update members set revoked_at = coalesce(revoked_at, now()) where id = p_member_id returning team_id into v_team;
  if v_team is null then return false; end if;
  delete from credentials where member_id = p_member_id and team_id = v_team;
  return true;
end $$;

create function rapport_revoke_invite(p_invite_id uuid) returns boolean
language plpgsql security definer set search_path = public as $$
declare v_team uuid;
begin
  update invites set revoked_at = coalesce(revoked_at, now()) where id = p_invite_id returning team_id into v_team;
  if v_team is null then return false; end if;
  delete from invite_codes where invite_id = p_invite_id and team_id = v_team;
  return true;
end $$;

revoke all on function rapport_authenticate(bytea), rapport_create_team(text, text, bytea), rapport_redeem_invite(bytea, text, bytea),
  rapport_add_invite_code(uuid, bytea), rapport_revoke_member(uuid), rapport_revoke_invite(uuid) from public;
