-- The schedule run that launched job execution :jobExecutionId, if any. Parameters: :jobExecutionId.
select run_id, schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at, instance_name,
       job_execution_id, attempts, skips, outcome, message
from schedule_run where job_execution_id = :jobExecutionId
