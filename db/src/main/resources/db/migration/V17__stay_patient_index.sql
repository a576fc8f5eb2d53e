-- ./continuum bench (README "Performance"): the retention measure reads every patient's stays in
-- order. Without a btree index on stay.patient_id PostgreSQL used the exclusion constraint's GiST
-- index (patient_id, daterange) for that lookup: over 4 minutes for 100,000 patients instead of
-- seconds.
create index stay_patient_idx on stay (patient_id, start_on);
