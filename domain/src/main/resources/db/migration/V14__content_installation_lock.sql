-- One row that every portal instance locks (SELECT … FOR UPDATE) before it installs the shipped
-- content. Two instances starting at the same moment against an empty database would otherwise both
-- find a role missing and both insert it: one of them failed on the unique slug and stayed without
-- its application. With the lock the second installer waits for the first to commit, then finds
-- everything installed. A row lock rather than PostgreSQL's pg_advisory_xact_lock: the same SQL
-- works on H2, and the lock ends with the transaction whatever happens to the instance.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

create table content_installation_lock (
    id integer not null primary key
);
insert into content_installation_lock (id) values (1);
