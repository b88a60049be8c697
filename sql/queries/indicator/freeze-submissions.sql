-- Records the submission versions run :run reads: those of its frozen reporters. Parameters: :run.
insert into compute_run_submission (run_id, submission_id)
select run_id, submission_id from compute_stage_reporter where run_id = :run and submission_id is not null
