-- Takes run :runId for an instance (one more attempt), only if its outcome and attempts are still those
-- read (compare-and-set: two instances never both start it). Parameters: :instanceName, :firedAt, :runId,
-- :outcome, :attempts.
update schedule_run
   set outcome = 'running', instance_name = :instanceName, attempts = attempts + 1, last_fired_at = :firedAt,
       message = null, updated_at = now()
 where run_id = :runId and outcome = :outcome and attempts = :attempts
