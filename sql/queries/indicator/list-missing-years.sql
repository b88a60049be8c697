-- The annual periods inside review run :run's period that have no point in its series (not computed yet).
-- Parameters: :run.
select y.code from compute_run c
join reporting_period r on r.code = c.period_code
join reporting_period y on y.kind = 'annual' and y.starts_on >= r.starts_on and y.ends_on <= r.ends_on
where c.run_id = :run and r.kind <> 'annual'
  and not exists (select 1 from indicator_series s where s.run_id = c.run_id and s.year_code = y.code)
order by y.code
