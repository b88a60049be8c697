-- The series of review period :period (e.g. 2022-2026): for every annual period inside it, the
-- published value of every indicator, scope and view, with the run it came from. Years not computed
-- yet have no points (the run records which).
insert into indicator_series_stage (run_id, period_code, year_code, indicator_code, scope_kind, scope_code,
                                    hierarchy, value, numerator, denominator, reporters, expected,
                                    not_applicable, source_run_id)
select :run, :period, y.code, v.indicator_code, v.scope_kind, v.scope_code, v.hierarchy,
       v.value, v.numerator, v.denominator, v.reporters, v.expected, v.not_applicable, v.run_id
from reporting_period r
join reporting_period y on y.kind = 'annual' and y.starts_on >= r.starts_on and y.ends_on <= r.ends_on
join indicator_value v on v.period_code = y.code
where r.code = :period
