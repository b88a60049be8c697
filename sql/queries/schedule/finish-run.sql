-- Sets the outcome of run :runId; the job execution is kept when none is given. Parameters: :outcome,
-- :jobExecutionId (or null), :message, :runId.
update schedule_run set outcome = :outcome, job_execution_id = coalesce(:jobExecutionId, job_execution_id),
       message = :message, updated_at = now()
 where run_id = :runId
