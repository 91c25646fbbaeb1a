-- The candidate's display name as they shared (issue 16): employers compare people, not user names.
-- Recorded by the portal when the candidate shares or shares again (the signed-in caller's name from
-- the ID token). Shares given before this migration carry the user name, the only name known for
-- them. The column stays nullable so that tools inserting shares without it (the demo data) keep
-- working; readers fall back to the user name.
alter table passport_share add column candidate_name varchar(200);
update passport_share set candidate_name = candidate;
