-- ShedLock's lock table (operations module): one row per scheduled job; the node that moves
-- lock_until into the future runs the job, the others skip it. Not area data: a job takes the lock
-- once for every area. Columns as ShedLock documents them (times are the database's, in UTC).
create table shedlock (
    name varchar(64) not null primary key,
    lock_until timestamp not null,
    locked_at timestamp not null,
    locked_by varchar(255) not null
);
