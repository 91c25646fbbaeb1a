-- Calibration from responses (issue 11, item 2): when the portal's Calibrate action estimated an
-- item's parameters from candidates' responses, and from how many responses to the item. Both stay
-- NULL for PROVISIONAL (expert-set) parameters and for parameters a bank file declares calibrated
-- elsewhere. Portable SQL: runs unchanged on H2 2.2 and PostgreSQL 15.
alter table assessment_item add column calibrated_at timestamp;
alter table assessment_item add column calibration_responses integer;
alter table assessment_item add constraint assessment_item_calibration_stamp
    check ((calibrated_at is null and calibration_responses is null)
        or (calibrated_at is not null and calibration_responses > 0));
