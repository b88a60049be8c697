-- The occurrences of schedule :scheduleName that still need the scheduler (not yet started, failed,
-- interrupted, skipped or running), oldest fire first. Parameters: :scheduleName.
select run_id, schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at, instance_name,
       job_execution_id, attempts, skips, outcome, message
 from schedule_run
where schedule_name = :scheduleName and outcome in ('pending', 'running', 'failed', 'interrupted', 'skipped')
order by fired_at, run_id
