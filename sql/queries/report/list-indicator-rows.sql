-- The published indicator values of :period on the as-reported view for scopes :codes of kind :kind, in
-- catalogue order. The previous value and change of a region or organisation among today's units (:today)
-- come from the restated view. The previous period's row (:previous, on the same view as the previous value)
-- gives who that value rests on: its reporters, expected and not applicable (null when it has none).
-- Parameters: :period, :previous, :kind, :codes (list), :today (list).
select v.scope_code, v.indicator_code, v.value, v.reporters, v.expected, v.not_applicable,
       case when t.today then r.previous_value else v.previous_value end,
       case when t.today then v.value - r.previous_value else v.change end,
       p.reporters, p.expected, p.not_applicable
from indicator_value v
join indicator i on i.code = v.indicator_code
cross join lateral (select v.scope_kind in ('region', 'organisation') and v.scope_code in (:today)
                    as today) t
left join indicator_value r
       on r.period_code = v.period_code and r.scope_kind = v.scope_kind and r.scope_code = v.scope_code
      and r.hierarchy = 'restated' and r.indicator_code = v.indicator_code
left join indicator_value p
       on p.period_code = :previous and p.scope_kind = v.scope_kind and p.scope_code = v.scope_code
      and p.hierarchy = case when t.today then 'restated' else 'as_reported' end
      and p.indicator_code = v.indicator_code
where v.period_code = :period and v.scope_kind = :kind and v.hierarchy = 'as_reported'
  and v.scope_code in (:codes)
order by i.task_no, i.sort_order
