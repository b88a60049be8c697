-- The published indicator values of scope :code (of kind :kind) in :period on view :view, in catalogue
-- order. Parameters: :period, :kind, :code, :view.
select i.code, i.task_no, i.name_vi, i.name_en, i.unit_vi, i.value_type, i.aggregation, v.value,
       v.numerator, v.denominator, v.reporters, v.expected, v.not_applicable, v.previous_value, v.change
from indicator_value v join indicator i on i.code = v.indicator_code
where v.period_code = :period and v.scope_kind = :kind and v.scope_code = :code
  and v.hierarchy = :view
order by i.task_no, i.sort_order
