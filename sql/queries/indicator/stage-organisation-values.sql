-- Organisation-level values of run :run (period :period), on both views:
--   as_reported: one row per expected reporter and indicator that applies to its kind;
--   restated:    one row per today's unit, adding up the reporters that count toward it
--                (a 2024 value of Long An counts toward today's Tây Ninh).
-- Rules per indicator (missing is not zero: a row with no answer has value null, reporters 0):
--   sum            value = sum of the answers
--   share_yes      numerator = answers "yes", denominator = answers yes/no, value = 100 * num / den
--   ratio_of_sums  derived, never entered: numerator and denominator are the sums of the two parts
--                  over reporters that gave both; value = 100 * num / den (null when den = 0)
-- previous_value and change come from the published organisation rows of :previousPeriod, matched on
-- the unit's code in the same view.
insert into indicator_value_stage (run_id, period_code, indicator_code, scope_kind, scope_code, hierarchy,
                                   org_kind, region_id, value, numerator, denominator, reporters, expected,
                                   not_applicable, previous_value, change)
with period as (
    select ends_on from reporting_period where code = :period
),
in_force as (
    select i.code, i.aggregation, i.numerator_code, i.denominator_code, i.reporter_kinds
    from indicator i, period p
    where daterange(i.valid_from, i.valid_to, '[]') @> p.ends_on
),
reporter as (
    select * from compute_stage_reporter where run_id = :run
),
-- every value of the run's submission versions, read once
answer_value as materialized (
    select v.submission_id, v.indicator_code, v.numeric_value, v.boolean_value, v.not_applicable
    from reporter r
    -- the period names the one partition of submission_value to read (V76)
    join submission_value v on v.submission_id = r.submission_id and v.period_code = :period
),
-- the two parts of each derived ratio, side by side per submission
ratio_part as (
    select code, numerator_code as part_code, true as is_numerator from in_force where aggregation = 'ratio_of_sums'
    union all
    select code, denominator_code, false from in_force where aggregation = 'ratio_of_sums'
),
ratio_parts as (
    select v.submission_id, p.code as indicator_code,
           max(v.numeric_value) filter (where p.is_numerator) as part_numerator,
           max(v.numeric_value) filter (where not p.is_numerator) as part_denominator,
           bool_or(v.not_applicable) as not_applicable
    from ratio_part p
    join answer_value v on v.indicator_code = p.part_code
    group by v.submission_id, p.code
),
answer as (
    select r.code, r.kind, r.region_id, r.today_code, r.today_kind, r.today_region_id,
           i.code as indicator_code, i.aggregation,
           v.numeric_value, v.boolean_value, rp.part_numerator, rp.part_denominator,
           case i.aggregation
               when 'sum' then v.numeric_value is not null
               when 'share_yes' then v.boolean_value is not null
               else rp.part_numerator is not null and rp.part_denominator is not null
           end as answered,
           coalesce(v.not_applicable, rp.not_applicable, false) as not_applicable
    from reporter r
    join in_force i on r.kind = any (i.reporter_kinds)
    left join answer_value v on v.submission_id = r.submission_id and v.indicator_code = i.code
    left join ratio_parts rp on rp.submission_id = r.submission_id and rp.indicator_code = i.code
),
-- as reported: one row per reporter and indicator, no grouping needed
reported as (
    select 'as_reported' as hierarchy, code as unit_code, kind as unit_kind, region_id as unit_region_id,
           indicator_code, aggregation, 1 as expected,
           case when answered then 1 else 0 end as reporters,
           case when not answered and not_applicable then 1 else 0 end as not_applicable,
           numeric_value as total,
           case when boolean_value then 1 else 0 end as yes,
           case when answered then part_numerator end as part_numerator,
           case when answered then part_denominator end as part_denominator
    from answer
),
-- restated: the reporters that count toward each of today's units, added up
restated as (
    select 'restated' as hierarchy, today_code, today_kind, today_region_id, indicator_code, aggregation,
           count(*), count(*) filter (where answered), count(*) filter (where not answered and not_applicable),
           sum(numeric_value), count(*) filter (where boolean_value),
           sum(part_numerator) filter (where answered), sum(part_denominator) filter (where answered)
    from answer
    group by today_code, today_kind, today_region_id, indicator_code, aggregation
),
unit_value as (
    select * from reported
    union all
    select * from restated
),
result as (
    select hierarchy, unit_code, unit_kind, unit_region_id, indicator_code, reporters, expected, not_applicable,
           case aggregation
               when 'sum' then total
               when 'share_yes' then round(100.0 * yes / nullif(reporters, 0), 4)
               else round(100 * part_numerator / nullif(part_denominator, 0), 4)
           end as value,
           case aggregation
               when 'share_yes' then case when reporters > 0 then yes end
               when 'ratio_of_sums' then part_numerator
           end as numerator,
           case aggregation
               when 'share_yes' then case when reporters > 0 then reporters end
               when 'ratio_of_sums' then part_denominator
           end as denominator
    from unit_value
)
select :run, :period, r.indicator_code, 'organisation', r.unit_code, r.hierarchy, r.unit_kind, r.unit_region_id,
       r.value, r.numerator, r.denominator, r.reporters, r.expected, r.not_applicable,
       p.value, r.value - p.value
from result r
left join indicator_value p
       on p.period_code = :previousPeriod and p.scope_kind = 'organisation' and p.scope_code = r.unit_code
      and p.hierarchy = r.hierarchy and p.indicator_code = r.indicator_code
