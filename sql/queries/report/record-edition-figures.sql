-- renderJob, archive: keeps the national and regional figures (as reported) of run :run with the edition,
-- so a later edition can be compared with it. Parameters: :period, :edition, :run.
insert into report_edition_figure (period_code, edition, indicator_code, scope_kind, scope_code, value, reporters, expected)
select :period, :edition, indicator_code, scope_kind, scope_code, value, reporters, expected
from indicator_value
where run_id = :run and period_code = :period and hierarchy = 'as_reported' and scope_kind in ('national', 'region')
