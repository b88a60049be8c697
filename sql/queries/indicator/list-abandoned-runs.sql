-- The runs of :period marked running without a job execution (recorded by hand, or before runs recorded
-- their execution) that started more than a day before :now: no lease can tell whether anything still
-- builds them, and no run takes a day. Parameters: :period, :now.
select run_id from compute_run
where period_code = :period and status = 'running' and job_execution_id is null
  and started_at < cast(:now as timestamptz) - interval '1 day'
order by run_id
