-- The published (completed) run of :period, with the period's names. Parameters: :period.
select c.run_id, c.finished_at, p.name_vi, p.name_en from compute_run c
join reporting_period p on p.code = c.period_code
where c.period_code = :period and c.status = 'completed'
