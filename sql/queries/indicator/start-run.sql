-- A new run of :period: 'running' until its results are swapped in. The previous annual period (the
-- one ending the day before this one starts) and its published run give the year-over-year values.
insert into compute_run (period_code, started_at, status, job_execution_id, period_kind, previous_period_code,
                         previous_run_id, score_cap_percentile, score_min_coverage)
select p.code, :startedAt, 'running', :jobExecutionId, p.kind, prev.code, prev_run.run_id,
       :capPercentile, :minCoverage
from reporting_period p
left join reporting_period prev on prev.kind = 'annual' and p.kind = 'annual' and prev.ends_on = p.starts_on - 1
left join compute_run prev_run on prev_run.period_code = prev.code and prev_run.status = 'completed'
where p.code = :period
returning run_id, period_kind, previous_period_code
