-- An organisation's release of its interviewers' notes on one exercise to one candidate: once a
-- row exists, the candidate sees the current notes of that exercise (per criterion, without rater
-- names or levels). A release is not revocable: there is no update or delete path, because what a
-- candidate has read cannot be unread. At most one release per bundle, exercise and candidate.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.

create table exercise_notes_release (
    id            bigint       not null primary key,
    organisation  varchar(80)  not null,
    bundle_id     bigint       not null references bundle (id),
    exercise_kind varchar(80)  not null,
    candidate     varchar(200) not null,
    released_by   varchar(200) not null,
    released_at   timestamp    not null,
    constraint exercise_notes_release_once unique (bundle_id, exercise_kind, candidate)
);
create index exercise_notes_release_candidate on exercise_notes_release (candidate);
