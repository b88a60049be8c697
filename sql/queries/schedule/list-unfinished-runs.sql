-- Runs that did not complete and that the scheduler has not given up on, newest fire first, at most :limit:
-- failed or interrupted (the next fire restarts them), skipped (their job instance was running elsewhere),
-- stopped by an operator (jobs restart). A run whose job instance has completed since is left out.
-- Parameters: :limit.
select r.run_id, r.schedule_name, r.job_name, r.occurrence, r.job_parameters, r.fired_at, r.last_fired_at,
       r.instance_name, r.job_execution_id, r.attempts, r.skips, r.outcome, r.message
  from schedule_run r
  left join batch_job_execution e on e.job_execution_id = r.job_execution_id
 where r.outcome in ('failed', 'interrupted', 'skipped', 'stopped')
   and not exists (select 1 from batch_job_execution later
                    where later.job_instance_id = e.job_instance_id and later.status = 'COMPLETED')
 order by r.last_fired_at desc, r.run_id desc
 limit :limit
