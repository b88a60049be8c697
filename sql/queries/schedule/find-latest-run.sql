-- The latest occurrence of schedule :scheduleName, whatever became of it. Parameters: :scheduleName.
select run_id, schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at, instance_name,
       job_execution_id, attempts, skips, outcome, message
from schedule_run where schedule_name = :scheduleName order by fired_at desc, run_id desc limit 1
