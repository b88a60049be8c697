-- The published series of review period :period for scopes :codes (of kind :kind) on view :view: one point
-- per indicator and year, in catalogue order. Parameters: :period, :kind, :codes (list), :view.
select i.code, i.task_no, i.name_vi, i.unit_vi, i.value_type, i.aggregation, s.year_code, s.value
from indicator_series s join indicator i on i.code = s.indicator_code
where s.period_code = :period and s.scope_kind = :kind and s.scope_code in (:codes)
  and s.hierarchy = :view
order by i.task_no, i.sort_order, s.year_code
