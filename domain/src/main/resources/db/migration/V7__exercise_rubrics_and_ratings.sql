-- Hiring-loop exercises: rubrics (the portal's, versioned like role content, and a bundle's own
-- adaptations) and interviewers' ratings of candidates on them. A rating is never overwritten: a
-- revision adds a row and marks the one before as no longer current, so the history stays.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

create table rubric (
    id            bigint       not null primary key,
    kind          varchar(80)  not null,
    scope         varchar(120) not null,
    organisation  varchar(80),
    latest_number integer      not null,
    version       bigint       not null,
    constraint rubric_once_per_scope unique (kind, scope)
);

create table rubric_version (
    id          bigint          not null primary key,
    rubric_id   bigint          not null references rubric (id),
    number      integer         not null,
    title       varchar(200)    not null,
    description varchar(4000)   not null,
    criteria    varchar(100000) not null,
    based_on    varchar(200)    not null,
    saved_by    varchar(200)    not null,
    saved_at    timestamp       not null,
    constraint rubric_version_number_unique unique (rubric_id, number)
);

create table exercise_rating (
    id                bigint        not null primary key,
    organisation      varchar(80)   not null,
    bundle_id         bigint        not null references bundle (id),
    exercise_kind     varchar(80)   not null,
    candidate         varchar(200)  not null,
    rater             varchar(200)  not null,
    rater_name        varchar(200)  not null,
    rubric_version_id bigint        not null references rubric_version (id),
    criterion         varchar(80)   not null,
    rating_level      integer       not null,
    note              varchar(1000) not null,
    revision          integer       not null,
    current_rating    boolean       not null,
    rated_at          timestamp     not null,
    version           bigint        not null,
    constraint exercise_rating_revision_unique
        unique (bundle_id, exercise_kind, candidate, rater, criterion, revision),
    constraint exercise_rating_level_range check (rating_level between 1 and 5)
);
create index exercise_rating_bundle on exercise_rating (bundle_id, exercise_kind, current_rating);
create index exercise_rating_candidate on exercise_rating (candidate, current_rating);
