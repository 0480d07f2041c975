-- Whether an update stays inside the council. Updates are public by default: the public plan page
-- shows them once the plan is published, except those an officer marked "internal only".
alter table progress_update add column internal_only boolean default false not null;
