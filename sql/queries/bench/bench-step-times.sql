-- bench compute: how long each step of run :run's job execution took, in milliseconds, in step order.
-- Parameters: :run.
select s.step_name, (extract(epoch from (s.end_time - s.start_time)) * 1000)::bigint
from compute_run c join batch_step_execution s on s.job_execution_id = c.job_execution_id
where c.run_id = :run order by s.step_execution_id
