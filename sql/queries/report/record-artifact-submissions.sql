-- renderJob, archive: links file :artifact to every submission version run :run read. Parameters:
-- :artifact, :run.
insert into report_artifact_submission (artifact_id, submission_id)
select :artifact, submission_id from compute_run_submission where run_id = :run
