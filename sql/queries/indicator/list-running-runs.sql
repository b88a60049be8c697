-- The runs of :period marked running by another execution than :current, each with whether it started
-- more than a day before :now. Parameters: :period, :current, :now.
select run_id, job_execution_id, started_at < cast(:now as timestamptz) - interval '1 day' as day_old
from compute_run
where period_code = :period and status = 'running' and job_execution_id is distinct from :current
order by run_id
