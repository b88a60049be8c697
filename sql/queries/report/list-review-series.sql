-- The series of review run :run restated onto today's units, nationally and by today's region: one point
-- per indicator, scope and year that has a value row (a year without one has no point).
-- Parameters: :run.
select indicator_code, scope_kind, scope_code, year_code, value from indicator_series
where run_id = :run and hierarchy = 'restated' and scope_kind in ('national', 'region')
