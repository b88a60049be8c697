-- renderJob, archive: records edition :edition of :period, the run it was rendered from and its directory.
-- Parameters: :period, :edition, :run, :created, :job, :kinds, :languages (comma-separated), :directory.
insert into report_edition (period_code, edition, run_id, created_at, job_execution_id, kinds, languages, directory)
values (:period, :edition, :run, :created, :job, :kinds, :languages, :directory)
