-- The central bodies' figures (organisations outside every region) of :period and of the previous period
-- :previous: per indicator, the national figure less the sum of the regions :regions, so that a table by
-- region adds up to the country. A region among today's units (:today) is on the restated view in the
-- previous period, as the region rows printed above it are. A ratio is a ratio of the numerators and
-- denominators left over, never a difference of ratios; with no reporter left the value is missing (null).
-- A period whose regions are not all there (:regionCount) has no central row: its gap would be wrong.
-- Parameters: :period, :previous, :regions (list), :regionCount, :today (list).
with part as (
    select v.period_code, v.indicator_code, v.scope_kind = 'national' as national, v.value, v.numerator,
           v.denominator, v.reporters, v.expected, v.not_applicable
    from indicator_value v
    where v.period_code in (:period, :previous)
      and ((v.scope_kind = 'national' and v.scope_code = 'VN' and v.hierarchy = 'as_reported')
        or (v.scope_kind = 'region' and v.scope_code in (:regions)
            and v.hierarchy = case when v.period_code = :previous and v.scope_code in (:today) then 'restated'
                                   else 'as_reported' end))
),
gap as (
    select p.period_code, p.indicator_code,
           count(*) filter (where not p.national) as regions,
           sum(p.value) filter (where p.national) - coalesce(sum(p.value) filter (where not p.national), 0) as total,
           sum(p.numerator) filter (where p.national)
               - coalesce(sum(p.numerator) filter (where not p.national), 0) as numerator,
           sum(p.denominator) filter (where p.national)
               - coalesce(sum(p.denominator) filter (where not p.national), 0) as denominator,
           sum(p.reporters) filter (where p.national) - sum(p.reporters) filter (where not p.national) as reporters,
           sum(p.expected) filter (where p.national) - sum(p.expected) filter (where not p.national) as expected,
           sum(p.not_applicable) filter (where p.national)
               - sum(p.not_applicable) filter (where not p.national) as not_applicable
    from part p
    group by p.period_code, p.indicator_code
    having count(*) filter (where p.national) = 1 and count(*) filter (where not p.national) = :regionCount
)
select g.indicator_code, g.period_code = :period as current,
       case when g.reporters <= 0 then null
            when i.aggregation = 'sum' then g.total
            else round(100 * g.numerator / nullif(g.denominator, 0), 4) end as value,
       g.reporters, g.expected, g.not_applicable
from gap g
join indicator i on i.code = g.indicator_code
where g.expected > 0
order by i.task_no, i.sort_order
