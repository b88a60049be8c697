-- The runs of schedule :scheduleName going now: taken by an instance ('running') and their execution still
-- marked running in the job repository, oldest first. Parameters: :scheduleName.
select r.run_id, r.schedule_name, r.job_name, r.occurrence, r.job_parameters, r.fired_at, r.last_fired_at,
       r.instance_name, r.job_execution_id, r.attempts, r.skips, r.outcome, r.message
  from schedule_run r
  join batch_job_execution e on e.job_execution_id = r.job_execution_id
 where r.schedule_name = :scheduleName and r.outcome = 'running'
   and e.status in ('STARTING', 'STARTED', 'STOPPING')
 order by r.last_fired_at, r.run_id
