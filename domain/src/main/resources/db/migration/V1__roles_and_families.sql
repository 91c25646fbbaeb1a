-- Roles, their versioned content and published weights, and the assessment families.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

create sequence sp_seq start with 1000 increment by 50;

create table assessment_family (
    id               bigint        not null primary key,
    code             varchar(40)   not null unique,
    slug             varchar(80)   not null unique,
    name             varchar(120)  not null,
    description      varchar(4000) not null,
    sample_available boolean       not null,
    display_order    integer       not null,
    version          bigint        not null
);

create table job_role (
    id         bigint      not null primary key,
    slug       varchar(80) not null unique,
    created_at timestamp   not null,
    version    bigint      not null
);

create table role_version (
    id                  bigint          not null primary key,
    role_id             bigint          not null references job_role (id),
    number              integer         not null,
    status              varchar(16)     not null,
    title               varchar(200)    not null,
    sections            varchar(200000) not null,
    readiness_threshold integer         not null,
    created_at          timestamp       not null,
    created_by          varchar(120)    not null,
    published_at        timestamp,
    published_by        varchar(120),
    version             bigint          not null,
    constraint role_version_number_unique unique (role_id, number),
    constraint role_version_status_known check (status in ('DRAFT', 'PUBLISHED')),
    constraint role_version_threshold_on_scale check (readiness_threshold between 300 and 850)
);

create table role_weight (
    role_version_id bigint        not null references role_version (id),
    position        integer       not null,
    family_code     varchar(40)   not null,
    relevance       numeric(3, 2) not null,
    rationale       varchar(4000) not null,
    primary key (role_version_id, position),
    constraint role_weight_family_once unique (role_version_id, family_code),
    constraint role_weight_relevance_range check (relevance >= 0 and relevance <= 1)
);

create table weight_preset (
    id              bigint        not null primary key,
    role_version_id bigint        not null references role_version (id),
    position        integer       not null,
    preset_key      varchar(80)   not null,
    name            varchar(200)  not null,
    description     varchar(4000) not null
);

create table preset_weight (
    preset_id   bigint        not null references weight_preset (id),
    family_code varchar(40)   not null,
    relevance   numeric(3, 2) not null,
    primary key (preset_id, family_code),
    constraint preset_weight_relevance_range check (relevance >= 0 and relevance <= 1)
);
