-- The run of schedule :scheduleName for one occurrence (its job instance's identifying parameters), if
-- recorded. Parameters: :scheduleName, :occurrence.
select run_id, schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at, instance_name,
       job_execution_id, attempts, skips, outcome, message
from schedule_run where schedule_name = :scheduleName and occurrence = :occurrence
