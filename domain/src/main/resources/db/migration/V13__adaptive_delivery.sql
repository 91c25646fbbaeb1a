-- Adaptive delivery of every family (issue 11): what a bank item needs for computerised adaptive
-- testing, per-family delivery settings, adaptive attempts and results that say what they are.
-- Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15. Every new column is nullable or has a
-- default, so rows written before this migration stay valid and keep their meaning.

-- Items -----------------------------------------------------------------------------------------

-- subskill: the content area the item counts towards in content balancing (the bank's sub-skill
-- code); guessing: the 3PL lower asymptote c (NULL: a 2PL item); material: a table, a prompt and a
-- model's answer, or a summary shown preformatted; pretest: served unscored to collect responses;
-- parameter_status: PROVISIONAL (expert-set by the bank's documented rule) until a calibration from
-- responses publishes CALIBRATED parameters; distractor_rationales: a JSON array with the
-- misconception behind each option (null at the key); difficulty_rating: the writer's 1-6 rating
-- the provisional b was derived from.
alter table assessment_item add column subskill varchar(60);
alter table assessment_item add column guessing double precision;
alter table assessment_item add column material varchar(2000);
alter table assessment_item add column pretest boolean default false not null;
alter table assessment_item add column parameter_status varchar(20) default 'PROVISIONAL' not null;
alter table assessment_item add column distractor_rationales varchar(8000);
alter table assessment_item add column difficulty_rating integer;
alter table assessment_item add constraint assessment_item_parameter_status
    check (parameter_status in ('PROVISIONAL', 'CALIBRATED'));
alter table assessment_item add constraint assessment_item_guessing
    check (guessing is null or (guessing >= 0 and guessing < 1));

-- The sub-skills of one content version of a family's bank with their target shares of the
-- operational items of a test (Kingsbury-Zara content balancing), and the bank's parameter rule.
create table bank_subskill (
    id              bigint           not null primary key,
    family_code     varchar(40)      not null,
    content_version integer          not null,
    code            varchar(60)      not null,
    name            varchar(200)     not null,
    share           double precision not null,
    version         bigint           not null,
    constraint bank_subskill_code unique (family_code, content_version, code),
    constraint bank_subskill_share check (share > 0 and share <= 1)
);

-- Families: delivery settings ------------------------------------------------------------------

-- Stop when the posterior SD is at most cat_target_se after at least cat_min_items operational
-- items, or at cat_max_items; the attempt closes time_limit_minutes after it starts.
alter table assessment_family add column cat_min_items integer default 8 not null;
alter table assessment_family add column cat_max_items integer default 30 not null;
alter table assessment_family add column cat_target_se double precision default 0.30 not null;
alter table assessment_family add column time_limit_minutes integer default 45 not null;
alter table assessment_family add constraint assessment_family_cat_lengths
    check (cat_min_items >= 1 and cat_max_items >= cat_min_items);
alter table assessment_family add constraint assessment_family_cat_se check (cat_target_se > 0);
alter table assessment_family add constraint assessment_family_time_limit
    check (time_limit_minutes >= 1);

-- Attempts -------------------------------------------------------------------------------------

-- delivery: FIXED (the sample forms before this migration: item_order was the whole form) or
-- ADAPTIVE (item_order grows by one item id each time the test serves one, so it always lists the
-- items shown so far, the last being the one to answer while in progress). seed: the attempt's
-- random seed, from which every exposure-control draw is derived, so the items served can be
-- replayed. deadline: the server-enforced time limit. ended: why the test stopped (the stopping
-- rule, or a timeout or abandonment); ENDED_UNSCORED: an attempt that ended before the minimum
-- number of items, which gives no score. pretest_item_id / pretest_position: the one unscored
-- pretest item of the attempt and the position (among all items shown) it is served at.
alter table assessment_attempt add column delivery varchar(20) default 'FIXED' not null;
alter table assessment_attempt add column seed bigint;
alter table assessment_attempt add column deadline timestamp;
alter table assessment_attempt add column ended varchar(30);
alter table assessment_attempt add column pretest_item_id bigint;
alter table assessment_attempt add column pretest_position integer;
alter table assessment_attempt drop constraint assessment_attempt_status;
alter table assessment_attempt add constraint assessment_attempt_status
    check (status in ('IN_PROGRESS', 'SUBMITTED', 'SUPERSEDED', 'ENDED_UNSCORED'));
alter table assessment_attempt add constraint assessment_attempt_delivery
    check (delivery in ('FIXED', 'ADAPTIVE'));

-- Results --------------------------------------------------------------------------------------

-- What a score rests on, for everyone who reads it: the bank's content version, whether its
-- parameters were provisional or calibrated, how many scored items were administered (items
-- counted by the unreached-item rule excluded) and how long the attempt took. NULL for results
-- not produced by an attempt here (imported, proctored).
alter table family_result add column bank_version integer;
alter table family_result add column parameter_status varchar(20);
alter table family_result add column items_administered integer;
alter table family_result add column duration_seconds bigint;
alter table family_result add column unreached_items integer;
