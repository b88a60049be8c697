-- Task scores (0-100) of each organisation in run :run, on both views. docs/indicators.md explains the
-- method; the weights are the run's (compute_run_score_weight, from dnnd.scores).
-- 1. Each weighted indicator the organisation answered gets a sub-score 0-100:
--      share_yes, ratio_of_sums  the percentage itself, capped at 100 (yes = 100, no = 0);
--      sum                       100 * value / cap, capped at 100, where cap is the :capPercentile
--                                percentile (percentile_cont) of the values of the organisations of the
--                                same kind that answered, in the same period and view (if cap = 0:
--                                100 for a positive value, 0 for zero);
--      lower-is-better indicators use 100 - sub-score.
-- 2. Task score = weighted mean of the sub-scores of the answered indicators. Missing is not zero: an
--    unanswered indicator is left out of the mean, and the score is given only when the answered
--    weight is at least :minCoverage of the applicable weight (indicators for the organisation's kind
--    that it did not mark not applicable); coverage = answered / applicable weight.
-- 3. Rank among the organisations of the same kind with a score (1 = best; ties share a rank).
insert into task_score_stage (run_id, period_code, task_no, scope_kind, scope_code, hierarchy, org_kind,
                              region_id, score, rank, coverage, ranked)
with org_value as (
    select s.hierarchy, s.scope_code, s.org_kind, s.region_id, s.indicator_code, s.value, s.expected,
           s.not_applicable, i.task_no, i.aggregation, i.higher_is_better, w.weight
    from indicator_value_stage s
    join indicator i on i.code = s.indicator_code
    join compute_run_score_weight w on w.run_id = s.run_id and w.indicator_code = s.indicator_code
    where s.run_id = :run and s.scope_kind = 'organisation'
),
cap as (
    select hierarchy, org_kind, indicator_code,
           (percentile_cont(:capPercentile) within group (order by value))::numeric as cap
    from org_value
    where aggregation = 'sum' and value is not null
    group by hierarchy, org_kind, indicator_code
),
sub_score as (
    select o.hierarchy, o.scope_code, o.org_kind, o.region_id, o.task_no, o.weight,
           o.not_applicable < o.expected as applicable,
           case when o.value is null then null
                when o.higher_is_better then n.score
                else 100 - n.score end as score
    from org_value o
    left join cap c using (hierarchy, org_kind, indicator_code)
    cross join lateral (
        select case when o.aggregation <> 'sum' then least(greatest(o.value, 0), 100)
                    when c.cap > 0 then 100 * least(greatest(o.value, 0) / c.cap, 1)
                    when o.value > 0 then 100
                    else 0 end as score) n
),
task as (
    select hierarchy, scope_code, org_kind, region_id, task_no,
           sum(weight * score) / nullif(sum(weight) filter (where score is not null), 0) as mean,
           coalesce(sum(weight) filter (where score is not null), 0) as answered_weight,
           sum(weight) filter (where applicable) as applicable_weight
    from sub_score
    group by hierarchy, scope_code, org_kind, region_id, task_no
),
scored as (
    select t.*,
           case when t.applicable_weight > 0 and t.answered_weight >= :minCoverage * t.applicable_weight
                then round(t.mean, 2) end as score,
           case when t.applicable_weight > 0 then round(t.answered_weight / t.applicable_weight, 4) end as coverage
    from task t
)
select :run, :period, task_no, 'organisation', scope_code, hierarchy, org_kind, region_id, score,
       case when score is not null
            then rank() over (partition by hierarchy, task_no, org_kind, score is null order by score desc) end,
       coverage,
       case when score is not null
            then count(score) over (partition by hierarchy, task_no, org_kind) end
from scored
