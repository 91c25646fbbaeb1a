-- Exported passport credentials (Open Badges 3.0 / VC-JWT) and their Bitstring Status List slots.
-- The id comes from its own sequence, one value per credential, and is the credential's status
-- slot (list = (id - 1) / 131072); the unique (status_list, status_index) constraint makes the
-- database refuse any second credential on the same bit, whatever the application does.

create sequence issued_credential_seq start with 1 increment by 1;

create table issued_credential (
    id                bigint         not null primary key,
    credential_id     varchar(100)   not null,
    short_code        varchar(20)    not null,
    candidate         varchar(200)   not null,
    status_list       integer        not null,
    status_index      integer        not null,
    issued_at         timestamp      not null,
    valid_until       timestamp      not null,
    signing_kid       varchar(300)   not null,
    token             varchar(65535) not null,
    revoked_at        timestamp,
    revocation_reason varchar(20),
    version           bigint         not null,
    constraint issued_credential_id_unique unique (credential_id),
    constraint issued_credential_code_unique unique (short_code),
    constraint issued_credential_slot_unique unique (status_list, status_index),
    constraint issued_credential_index_range check (status_index between 0 and 131071),
    constraint issued_credential_list_range check (status_list >= 0),
    constraint issued_credential_revocation check (
        (revoked_at is null and revocation_reason is null)
        or (revoked_at is not null and revocation_reason is not null))
);
create index issued_credential_candidate on issued_credential (candidate, issued_at);

create table issued_credential_family (
    credential  bigint      not null references issued_credential (id),
    family_code varchar(40) not null,
    measured_at timestamp   not null,
    primary key (credential, family_code)
);
create index issued_credential_family_code on issued_credential_family (family_code);
