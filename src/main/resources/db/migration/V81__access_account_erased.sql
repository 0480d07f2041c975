-- Quality bar PR-3: when an admin erased the account (its name, e-mail and job title are gone and it
-- can no longer sign in). The row stays so that authorship elsewhere points at "a former ...".
alter table account add column erased_at timestamp with time zone;
