-- The role every request runs as: it owns nothing, cannot bypass row-level
-- security, and reaches the secret tables only through the functions of 001.
do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'rapport_app') then
    create role rapport_app nologin nosuperuser nobypassrls noinherit;
  end if;
end $$;

grant usage on schema public to rapport_app;
grant select, insert, update on teams, members, invites, records, client_mutations to rapport_app;
grant select, insert on audit to rapport_app;
grant usage on sequence change_seq, audit_id_seq to rapport_app;
grant execute on function rapport_authenticate(bytea), rapport_create_team(text, text, bytea), rapport_redeem_invite(bytea, text, bytea),
  rapport_add_invite_code(uuid, bytea), rapport_revoke_member(uuid), rapport_revoke_invite(uuid) to rapport_app;

-- Lets the migrating login switch to the role (a managed database's admin is not a superuser).
do $$
begin
  if not pg_has_role(current_user, 'rapport_app', 'member') then
    execute format('grant rapport_app to %I', current_user);
  end if;
end $$;
