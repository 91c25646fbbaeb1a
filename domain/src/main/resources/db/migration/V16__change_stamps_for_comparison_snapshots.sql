-- When each share and result last changed, so that an employer comparison's snapshot reads only what
-- changed since it was taken (SharedScores) instead of every shared score of the organisation.
--
-- The portal writes changed_at from the application's clock on every insert and update (the
-- entities' lifecycle callbacks). Rows that existed before are stamped with the migration's time:
-- any value works for them, because a snapshot starts with a full read. The default also stamps
-- rows that other tools insert without naming the column.

alter table passport_share add column changed_at timestamp default current_timestamp not null;
create index passport_share_changed on passport_share (organisation, changed_at);

alter table family_result add column changed_at timestamp default current_timestamp not null;
create index family_result_changed on family_result (changed_at);
