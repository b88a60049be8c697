-- The periods whose published run took its year-over-year values from another run of run :run's period
-- than this one (they need computing again). Parameters: :run.
select n.period_code from compute_run c
join compute_run n on n.previous_period_code = c.period_code and n.status = 'completed'
where c.run_id = :run and n.previous_run_id is distinct from c.run_id
order by n.period_code
