-- How many runs of :period that started after run :run have already published. Parameters: :period, :run.
select count(*) from compute_run c
where c.period_code = :period and c.status = 'completed'
  and c.started_at > (select started_at from compute_run where run_id = :run)
