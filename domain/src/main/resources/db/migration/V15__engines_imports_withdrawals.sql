-- Outside assessment engines, the results they send in through the API, and admins' withdrawals of
-- passport results (issue 12, items 3 and 5).

-- An engine is a Keycloak client (client credentials) registered by an admin, with the equating
-- table that links its external scale onto 300-850 and the linking error of that table.
create table assessment_engine (
    id                bigint           not null primary key,
    name              varchar(200)     not null,
    client_id         varchar(200)     not null,
    scale_description varchar(1000)    not null,
    family_codes      varchar(400)     not null,
    equating_method   varchar(20),
    equating_table    varchar(65535),
    linking_error     double precision,
    table_uploaded_at timestamp,
    created_at        timestamp        not null,
    version           bigint           not null,
    constraint assessment_engine_client_unique unique (client_id),
    constraint assessment_engine_table_complete check (
        (equating_table is null and equating_method is null and linking_error is null
            and table_uploaded_at is null)
        or (equating_table is not null and equating_method is not null
            and linking_error is not null and linking_error >= 0 and table_uploaded_at is not null))
);

-- The code a candidate gives an engine so that its results reach the right passport: random, shown
-- on the candidate's passport page, never the user name (an engine learns nothing else about them).
create table candidate_code (
    candidate varchar(200) not null primary key,
    code      varchar(20)  not null,
    issued_at timestamp    not null,
    constraint candidate_code_unique unique (code)
);

-- A result as an engine sent it, pending until the candidate accepts (then family_result_id names
-- the passport result it became) or declines it. (engine, idempotency_key) is unique: a replayed
-- request finds its first answer instead of adding a row; request_hash tells a replay from a
-- different body under the same key.
create table imported_result (
    id                 bigint           not null primary key,
    engine_id          bigint           not null references assessment_engine (id),
    idempotency_key    varchar(200)     not null,
    request_hash       varchar(64)      not null,
    candidate          varchar(200)     not null,
    family_code        varchar(40)      not null,
    external_score     double precision not null,
    external_sem       double precision not null,
    linking_error      double precision not null,
    scaled_score       integer          not null,
    sem                double precision not null,
    band_low           integer          not null,
    band_high          integer          not null,
    theta              double precision not null,
    theta_se           double precision not null,
    measured_at        timestamp        not null,
    received_at        timestamp        not null,
    status             varchar(20)      not null,
    decided_at         timestamp,
    family_result_id   bigint           references family_result (id),
    version            bigint           not null,
    constraint imported_result_key_unique unique (engine_id, idempotency_key),
    constraint imported_result_on_scale check (scaled_score between 300 and 850),
    constraint imported_result_status check (status in ('PENDING', 'ACCEPTED', 'DECLINED')),
    constraint imported_result_decided check (
        (status = 'PENDING' and decided_at is null and family_result_id is null)
        or (status = 'DECLINED' and decided_at is not null and family_result_id is null)
        or (status = 'ACCEPTED' and decided_at is not null and family_result_id is not null))
);
create index imported_result_candidate on imported_result (candidate, status);

-- A withdrawn result stays in the table (the candidate sees that and why) but no longer counts
-- anywhere: every query of current results asks withdrawn_at is null.
alter table family_result add column withdrawn_at timestamp;
alter table family_result add column withdrawn_by varchar(200);
alter table family_result add column withdrawal_reason varchar(1000);
alter table family_result add constraint family_result_withdrawal check (
    (withdrawn_at is null and withdrawn_by is null and withdrawal_reason is null)
    or (withdrawn_at is not null and withdrawn_by is not null and withdrawal_reason is not null));
create index family_result_withdrawn on family_result (withdrawn_at);
