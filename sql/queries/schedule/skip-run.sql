-- Marks run :runId skipped once more by a fire. Parameters: :jobExecutionId, :message, :firedAt, :runId.
update schedule_run set outcome = 'skipped', skips = skips + 1, job_execution_id = :jobExecutionId,
       message = :message, last_fired_at = :firedAt, updated_at = now()
 where run_id = :runId
