-- Employer invitations: a single-use link to share a passport with the organisation for one of its
-- bundles. Only the SHA-256 of the link's 256-bit token is stored, so the table alone opens nothing.
--
-- Accepting is one conditional update ("... where token_hash = ? and accepted_at is null and
-- revoked_at is null and expires_at > ?"): of two accepts at once the database lets exactly one
-- change the row, the other updates nothing (the row lock serialises them) and is refused.
create table bundle_invitation (
    id                bigint        not null primary key,
    organisation      varchar(80)   not null,
    bundle_id         bigint        not null references bundle (id),
    invitee           varchar(200)  not null,
    token_hash        char(64)      not null,
    created_at        timestamp     not null,
    created_by        varchar(200)  not null,
    created_by_name   varchar(200)  not null,
    expires_at        timestamp     not null,
    revoked_at        timestamp,
    revoked_by        varchar(200),
    accepted_at       timestamp,
    accepted_by       varchar(200),
    accepted_by_name  varchar(200),
    version           bigint        not null,
    constraint bundle_invitation_token unique (token_hash)
);
create index bundle_invitation_bundle on bundle_invitation (bundle_id, created_at);
