-- The audit log: content changes, publishes, passport views and refused access.
create table audit_event (
    id          bigint        not null primary key,
    occurred_at timestamp     not null,
    actor       varchar(200)  not null,
    action      varchar(40)   not null,
    target      varchar(500)  not null,
    detail      varchar(2000) not null
);
create index audit_event_occurred on audit_event (occurred_at);
