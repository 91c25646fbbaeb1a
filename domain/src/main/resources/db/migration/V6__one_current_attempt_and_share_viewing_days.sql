-- Races closed by the database, and the day of each viewing.
--
-- One attempt in progress per candidate and family, one current share per candidate and
-- organisation. A partial unique index would say it directly but H2 has none, so each table gets a
-- marker column that is 1 while the row is the one that counts and NULL afterwards, and a unique
-- constraint over (owner, thing, marker): NULLs never collide (H2 and PostgreSQL alike), so any
-- number of finished rows can sit beside the one live row, and a second live row is refused however
-- the requests interleave. The marker defaults to 1, so a row inserted by any tool is live and
-- constrained from the start. Check constraints keep the marker in step with the row's state.

-- Attempts -------------------------------------------------------------------------------------

-- SUPERSEDED: an attempt that was in progress beside another of the same family (the start race);
-- its answers stay, it is simply no longer the one the candidate resumes.
alter table assessment_attempt drop constraint assessment_attempt_status;
alter table assessment_attempt add constraint assessment_attempt_status
    check (status in ('IN_PROGRESS', 'SUBMITTED', 'SUPERSEDED'));

alter table assessment_attempt add column in_progress_marker smallint default 1;
update assessment_attempt set in_progress_marker = null where status <> 'IN_PROGRESS';

-- Of several attempts in progress, the candidate keeps the one with the most answers (the newest on
-- a tie); the others are superseded, nothing is deleted.
update assessment_attempt a
   set status = 'SUPERSEDED', in_progress_marker = null
 where a.status = 'IN_PROGRESS'
   and exists (
       select 1 from assessment_attempt b
        where b.candidate = a.candidate and b.family_code = a.family_code
          and b.status = 'IN_PROGRESS' and b.id <> a.id
          and ((select count(*) from attempt_answer x where x.attempt_id = b.id)
                 > (select count(*) from attempt_answer y where y.attempt_id = a.id)
               or ((select count(*) from attempt_answer x where x.attempt_id = b.id)
                     = (select count(*) from attempt_answer y where y.attempt_id = a.id)
                   and b.id > a.id)));

alter table assessment_attempt add constraint assessment_attempt_marker_in_step
    check ((status = 'IN_PROGRESS' and in_progress_marker = 1)
           or (status <> 'IN_PROGRESS' and in_progress_marker is null));
alter table assessment_attempt add constraint assessment_attempt_one_in_progress
    unique (candidate, family_code, in_progress_marker);

-- Shares ---------------------------------------------------------------------------------------

-- current_marker: 1 while the share is the candidate's current consent to that organisation (not
-- revoked, not replaced by a newer share after it expired), NULL afterwards.
alter table passport_share add column current_marker smallint default 1;
update passport_share set current_marker = null
 where revoked_at is not null or (expires_at is not null and expires_at <= localtimestamp);

-- Several current shares with one organisation (the share race) become one, so that nobody sees
-- more or less than before: the newest row stays and takes the earliest start and the latest end
-- of the group (no end if any of them had none); the other rows of the group are deleted. Nothing
-- refers to a share's id, and the merged row holds exactly the consent the group gave.
update passport_share s
   set shared_at = (select min(d.shared_at) from passport_share d
                     where d.candidate = s.candidate and d.organisation = s.organisation
                       and d.current_marker = 1),
       expires_at = case
         when exists (select 1 from passport_share d
                       where d.candidate = s.candidate and d.organisation = s.organisation
                         and d.current_marker = 1 and d.expires_at is null) then null
         else (select max(d.expires_at) from passport_share d
                where d.candidate = s.candidate and d.organisation = s.organisation
                  and d.current_marker = 1)
       end
 where s.current_marker = 1
   and exists (select 1 from passport_share d
                where d.candidate = s.candidate and d.organisation = s.organisation
                  and d.current_marker = 1 and d.id < s.id)
   and not exists (select 1 from passport_share d
                    where d.candidate = s.candidate and d.organisation = s.organisation
                      and d.current_marker = 1 and d.id > s.id);
delete from passport_share s
 where s.current_marker = 1
   and exists (select 1 from passport_share d
                where d.candidate = s.candidate and d.organisation = s.organisation
                  and d.current_marker = 1 and d.id > s.id);

alter table passport_share add constraint passport_share_marker_in_step
    check (current_marker = 1 or current_marker is null);
alter table passport_share add constraint passport_share_revoked_not_current
    check (revoked_at is null or current_marker is null);
alter table passport_share add constraint passport_share_one_current
    unique (candidate, organisation, current_marker);

-- Viewings -------------------------------------------------------------------------------------

-- The calendar day (UTC) of each viewing, so the candidate's "viewed by" list can count views per
-- organisation and day in the database and page through all of them. Earlier rows take the day of
-- their stored time, which the portal writes in the JVM's zone (UTC in every shipped setup).
alter table passport_viewing add column viewed_on date;
update passport_viewing set viewed_on = cast(viewed_at as date);
alter table passport_viewing alter column viewed_on set not null;
create index passport_viewing_candidate_day on passport_viewing (candidate, viewed_on, organisation);
