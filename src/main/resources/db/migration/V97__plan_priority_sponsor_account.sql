-- A priority's sponsor as an account, beside the sponsor's name as the plan wrote it, so the
-- weekly sponsor digest goes to the sponsor and not to the area's admins (issue 6).
alter table priority add column sponsor_account_id bigint references account (id);
create index ix_priority_sponsor_account on priority (sponsor_account_id);
