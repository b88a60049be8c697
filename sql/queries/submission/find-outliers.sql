-- intake, outlier check: the values of the new submissions :ids more than :factor times above the highest
-- or below the lowest value their organisation reported for the indicator in the accepted annual
-- submissions of the three years before (the new submissions themselves left out). IntakeRecords.outliers
-- says why it is written this way. Parameters: :ids (a bigint array), :factor.
with chunk as materialized (
    select s.submission_id, s.org_id, s.period_code, p.starts_on
    from unnest(:ids::bigint[]) as c(submission_id)
    join submission s on s.submission_id = c.submission_id
    join reporting_period p on p.code = s.period_code
), earlier as materialized (
    select c.submission_id as new_id, e.submission_id as old_id, e.period_code as old_period
    from chunk c
    cross join lateral (
        select s.submission_id, s.period_code from submission s
        join reporting_period pp on pp.code = s.period_code and pp.kind = 'annual'
        where s.org_id = c.org_id and s.status = 'accepted'
          and pp.ends_on < c.starts_on and pp.ends_on > c.starts_on - interval '3 years'
          -- an array test: "not exists in chunk" was planned as a scan of the chunk per row
          and s.submission_id <> all (:ids::bigint[])
        offset 0) e
), bounds as (
    select e.new_id, v.indicator_code, min(v.numeric_value) as lowest, max(v.numeric_value) as highest,
           count(*) as years
    from earlier e
    cross join lateral (
        select pv.indicator_code, pv.numeric_value from submission_value pv
        -- the period picks the one partition of submission_value to look in (V76)
        where pv.submission_id = e.old_id and pv.period_code = e.old_period and pv.numeric_value is not null
        offset 0) v
    group by e.new_id, v.indicator_code
), news as materialized (
    select c.submission_id, n.indicator_code, n.numeric_value
    from chunk c
    cross join lateral (
        select nv.indicator_code, nv.numeric_value from submission_value nv
        where nv.submission_id = c.submission_id and nv.period_code = c.period_code and nv.numeric_value is not null
        offset 0) n
)
select b.new_id, b.indicator_code, b.lowest, b.highest, b.years,
       n.numeric_value > :factor * greatest(b.highest, 2) as high
from bounds b
join news n on n.submission_id = b.new_id and n.indicator_code = b.indicator_code
where n.numeric_value > :factor * greatest(b.highest, 2)
   or (b.lowest >= 10 and n.numeric_value * :factor < b.lowest)
order by 1, 2
