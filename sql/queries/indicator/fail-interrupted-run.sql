-- Marks run :run, left running by a process that died, failed with the reason, if it is still running.
-- Parameters: :run, :failure, :now.
update compute_run set status = 'failed', failure = :failure, finished_at = :now
where run_id = :run and status = 'running'
