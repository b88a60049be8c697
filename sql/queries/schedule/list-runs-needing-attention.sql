-- Runs the scheduler gave up on whose job instance has not completed since (an operator's restart that
-- completes clears them), oldest fire first. No parameters.
select r.*
  from schedule_run r
 join batch_job_execution e on e.job_execution_id = r.job_execution_id
where r.outcome = 'gave_up'
  and not exists (select 1 from batch_job_execution later
                   where later.job_instance_id = e.job_instance_id and later.status = 'COMPLETED')
order by r.fired_at
