-- The executions of job :job that DeadExecutions marked FAILED after their process died (exit description
-- beginning with :died, a LIKE pattern) and that are still the last of their job instance: nobody has
-- restarted them since. Parameters: :job, :died.
select e.job_execution_id from batch_job_execution e
join batch_job_instance i on i.job_instance_id = e.job_instance_id and i.job_name = :job
where e.status = 'FAILED' and e.exit_message like :died
  and not exists (select 1 from batch_job_execution later
                  where later.job_instance_id = e.job_instance_id and later.job_execution_id > e.job_execution_id)
order by e.job_execution_id
