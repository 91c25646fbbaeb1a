-- Employer bundles: a named, organisation-owned set of readiness criteria built from a role. Every
-- save writes a new immutable bundle_version, so a comparison can always say (and show again)
-- which criteria it used.

create table bundle (
    id             bigint       not null primary key,
    organisation   varchar(80)  not null,
    name           varchar(200) not null,
    archived       boolean      not null,
    base_role      varchar(80)  not null,
    latest_number  integer      not null,
    created_at     timestamp    not null,
    created_by     varchar(200) not null,
    version        bigint       not null
);
create index bundle_organisation on bundle (organisation, archived);

create table bundle_version (
    id                  bigint       not null primary key,
    bundle_id           bigint       not null references bundle (id),
    number              integer      not null,
    role_version_number integer      not null,
    threshold           integer      not null,
    saved_by            varchar(200) not null,
    saved_by_name       varchar(200) not null,
    saved_at            timestamp    not null,
    constraint bundle_version_number_unique unique (bundle_id, number),
    constraint bundle_version_threshold_on_scale check (threshold between 300 and 850)
);

create table bundle_family (
    bundle_version_id bigint        not null references bundle_version (id),
    position          integer       not null,
    family_code       varchar(40)   not null,
    included          boolean       not null,
    weight            numeric(3, 2) not null,
    minimum_score     integer,
    primary key (bundle_version_id, position),
    constraint bundle_family_once unique (bundle_version_id, family_code),
    constraint bundle_family_weight_range check (weight >= 0 and weight <= 1),
    constraint bundle_family_minimum_on_scale check (minimum_score is null or minimum_score between 300 and 850)
);

create table bundle_exercise (
    bundle_version_id bigint        not null references bundle_version (id),
    position          integer       not null,
    kind              varchar(80)   not null,
    name              varchar(200)  not null,
    description       varchar(4000) not null,
    primary key (bundle_version_id, position)
);

-- The comparison joins an organisation's active shares to the current results of those candidates:
-- this index lets the share side be read from the index alone, candidate by candidate.
create index passport_share_organisation_candidate on passport_share (organisation, candidate, revoked_at, expires_at);
