-- A plain-English summary of an action, shown first to parents (issue 4, item 6).
alter table action add column plain_summary varchar(2000);
