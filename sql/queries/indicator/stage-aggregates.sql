-- Region, organisation-kind and national aggregates of run :run, on both views, from the run's
-- organisation rows (on the restated view those are today's units, grouped by today's region and kind).
-- Every aggregate carries reporters counted, expected and not-applicable: missing is not zero.
--   sum                       value = sum of the organisations' values
--   share_yes, ratio_of_sums  value = 100 * sum of numerators / sum of denominators: a ratio of sums,
--                             never an average of the organisations' percentages
-- Region scopes leave out organisations without a region (central bodies).
insert into indicator_value_stage (run_id, period_code, indicator_code, scope_kind, scope_code, hierarchy,
                                   value, numerator, denominator, reporters, expected, not_applicable,
                                   previous_value, change)
with grouped as (
    select s.hierarchy, s.indicator_code,
           case grouping(s.region_id, s.org_kind) when 1 then 'region' when 2 then 'org_kind' else 'national' end
               as scope_kind,
           case grouping(s.region_id, s.org_kind) when 1 then s.region_id when 2 then s.org_kind else 'VN' end
               as scope_code,
           sum(s.value) as total,
           sum(s.numerator) as numerator,
           sum(s.denominator) as denominator,
           sum(s.reporters) as reporters,
           sum(s.expected) as expected,
           sum(s.not_applicable) as not_applicable
    from indicator_value_stage s
    where s.run_id = :run and s.scope_kind = 'organisation'
    group by grouping sets ((s.hierarchy, s.indicator_code, s.region_id),
                            (s.hierarchy, s.indicator_code, s.org_kind),
                            (s.hierarchy, s.indicator_code))
    having grouping(s.region_id) = 1 or s.region_id is not null
),
result as (
    select g.hierarchy, g.indicator_code, g.scope_kind, g.scope_code, g.reporters, g.expected, g.not_applicable,
           case i.aggregation when 'sum' then g.total
                else round(100 * g.numerator / nullif(g.denominator, 0), 4) end as value,
           case when i.aggregation <> 'sum' then g.numerator end as numerator,
           case when i.aggregation <> 'sum' then g.denominator end as denominator
    from grouped g
    join indicator i on i.code = g.indicator_code
)
select :run, :period, r.indicator_code, r.scope_kind, r.scope_code, r.hierarchy,
       r.value, r.numerator, r.denominator, r.reporters, r.expected, r.not_applicable,
       p.value, r.value - p.value
from result r
left join indicator_value p
       on p.period_code = :previousPeriod and p.scope_kind = r.scope_kind and p.scope_code = r.scope_code
      and p.hierarchy = r.hierarchy and p.indicator_code = r.indicator_code
