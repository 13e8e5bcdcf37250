-- Campaigns sync like the other shared stores (issue 14): the records table
-- accepts them. Nothing else changes: merge rules live in lib/team/rules.ts.
alter table records drop constraint records_store_check;
alter table records add constraint records_store_check
  check (store in ('creators', 'accounts', 'interactions', 'collaborations', 'campaigns'));
