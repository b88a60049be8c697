-- renderJob, archive: records one file of the edition with its checksum; returns its artifact_id.
-- Parameters: :period, :kind, :language, :scope, :edition, :path, :sha256, :bytes, :created, :job, :run.
insert into report_artifact (period_code, kind, language, scope_code, edition, file_path, sha256, bytes,
                             created_at, job_execution_id, run_id)
values (:period, :kind, :language, :scope, :edition, :path, :sha256, :bytes, :created, :job, :run)
returning artifact_id
