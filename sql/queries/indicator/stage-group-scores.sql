-- Task scores of regions, organisation kinds and the nation in run :run: the mean of the scores of
-- their organisations that have one (members = how many). Regions are ranked among the regions of the
-- same view (the period's scheme as reported, today's regions restated); kinds and nation are not ranked.
insert into task_score_stage (run_id, period_code, task_no, scope_kind, scope_code, hierarchy, score, rank,
                              members, ranked)
with grouped as (
    select s.hierarchy, s.task_no,
           case grouping(s.region_id, s.org_kind) when 1 then 'region' when 2 then 'org_kind' else 'national' end
               as scope_kind,
           case grouping(s.region_id, s.org_kind) when 1 then s.region_id when 2 then s.org_kind else 'VN' end
               as scope_code,
           round(avg(s.score), 2) as score,
           count(s.score) as members
    from task_score_stage s
    where s.run_id = :run and s.scope_kind = 'organisation'
    group by grouping sets ((s.hierarchy, s.task_no, s.region_id),
                            (s.hierarchy, s.task_no, s.org_kind),
                            (s.hierarchy, s.task_no))
    having grouping(s.region_id) = 1 or s.region_id is not null
)
select :run, :period, task_no, scope_kind, scope_code, hierarchy, score,
       case when scope_kind = 'region' and score is not null
            then rank() over (partition by hierarchy, task_no, scope_kind, score is null order by score desc) end,
       members,
       case when scope_kind = 'region' and score is not null
            then count(score) over (partition by hierarchy, task_no, scope_kind) end
from grouped
