-- The published indicator values of scope :code (of kind :kind) in :period on view :view, in catalogue
-- order, with who the previous value rests on (the previous period's row the run compared with; null
-- when there is none). Parameters: :period, :kind, :code, :view.
select i.code, i.task_no, i.name_vi, i.name_en, i.unit_vi, i.value_type, i.aggregation, v.value,
       v.numerator, v.denominator, v.reporters, v.expected, v.not_applicable, v.previous_value, v.change,
       p.reporters, p.expected, p.not_applicable
from indicator_value v join indicator i on i.code = v.indicator_code
join compute_run c on c.run_id = v.run_id
left join indicator_value p
       on p.period_code = c.previous_period_code and p.scope_kind = v.scope_kind and p.scope_code = v.scope_code
      and p.hierarchy = v.hierarchy and p.indicator_code = v.indicator_code
where v.period_code = :period and v.scope_kind = :kind and v.scope_code = :code
  and v.hierarchy = :view
order by i.task_no, i.sort_order
