-- The figures that differ between editions :older and :newer of :period (added, removed or changed),
-- national first, then by scope and catalogue. Parameters: :period, :older, :newer.
select coalesce(n.indicator_code, o.indicator_code) as code, i.name_vi, i.name_en, i.value_type, i.aggregation,
       coalesce(n.scope_kind, o.scope_kind) as scope_kind, coalesce(n.scope_code, o.scope_code) as scope_code,
       o.value as old_value, n.value as new_value
from (select * from report_edition_figure where period_code = :period and edition = :older) o
full join (select * from report_edition_figure where period_code = :period and edition = :newer) n
  on n.indicator_code = o.indicator_code and n.scope_kind = o.scope_kind and n.scope_code = o.scope_code
join indicator i on i.code = coalesce(n.indicator_code, o.indicator_code)
where o.value is distinct from n.value
order by case coalesce(n.scope_kind, o.scope_kind) when 'national' then 0 else 1 end,
         scope_code, i.task_no, code
