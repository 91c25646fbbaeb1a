-- Item banks of the sample assessments, candidates' attempts and their answers.

-- One item of one version of a family's bank. Options are a JSON array of their texts in display
-- order; the answer key stays in its own column so that nothing which lists options can leak it:
-- the index of the correct option (2PL) or the category of each option, comma separated (graded
-- response). A new content version adds new rows and retires the older ones; rows are never
-- overwritten, so an attempt always finds the items it was started with.
create table assessment_item (
    id              bigint           not null primary key,
    family_code     varchar(40)      not null,
    code            varchar(40)      not null,
    content_version integer          not null,
    kind            varchar(20)      not null,
    bank_position   integer          not null,
    stem            varchar(1000)    not null,
    scenario        varchar(2000),
    code_snippet    varchar(2000),
    options         varchar(8000)    not null,
    answer_key      varchar(200)     not null,
    explanation     varchar(4000),
    discrimination  double precision not null,
    difficulty      double precision,
    thresholds      varchar(200),
    retired         boolean          not null,
    version         bigint           not null,
    constraint assessment_item_code unique (family_code, code, content_version),
    constraint assessment_item_kind check (kind in ('TWO_PL', 'GRADED_RESPONSE'))
);
create index assessment_item_bank on assessment_item (family_code, retired, content_version);

-- item_order lists the item ids in the order the candidate sees them, comma separated; position
-- is the 1-based item the candidate resumes at.
create table assessment_attempt (
    id              bigint        not null primary key,
    candidate       varchar(200)  not null,
    family_code     varchar(40)   not null,
    content_version integer       not null,
    started_at      timestamp     not null,
    submitted_at    timestamp,
    status          varchar(20)   not null,
    item_order      varchar(4000) not null,
    position        integer       not null,
    result_id       bigint,
    version         bigint        not null,
    constraint assessment_attempt_status check (status in ('IN_PROGRESS', 'SUBMITTED')),
    constraint assessment_attempt_result foreign key (result_id) references family_result (id)
);
create index assessment_attempt_candidate on assessment_attempt (candidate, family_code, status);

-- The option the candidate chose (0-based, display order); one row per attempt and item, updated
-- when the candidate changes their mind.
create table attempt_answer (
    id          bigint    not null primary key,
    attempt_id  bigint    not null,
    item_id     bigint    not null,
    response    integer   not null,
    answered_at timestamp not null,
    version     bigint    not null,
    constraint attempt_answer_once unique (attempt_id, item_id),
    constraint attempt_answer_attempt foreign key (attempt_id) references assessment_attempt (id),
    constraint attempt_answer_item foreign key (item_id) references assessment_item (id)
);
