-- The computeJob executions of a period, other than :current, marked running that have begun a step
-- (so took their lease); InterruptedComputeRecovery keeps those whose lease nobody holds. Parameters:
-- :parameter (the job parameter naming the period), :period, :current.
select e.job_execution_id from batch_job_execution e
join batch_job_instance i on i.job_instance_id = e.job_instance_id and i.job_name = 'computeJob'
join batch_job_execution_params p on p.job_execution_id = e.job_execution_id
     and p.parameter_name = :parameter and p.parameter_value = :period
where e.status in ('STARTING', 'STARTED', 'STOPPING') and e.job_execution_id <> :current
  and exists (select 1 from batch_step_execution s where s.job_execution_id = e.job_execution_id)
order by e.job_execution_id
