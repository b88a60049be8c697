-- Completeness and timeliness of run :run per region, organisation kind and nationally, on both views.
-- Expected = the reporters frozen for the run (who exists on the period's last day: a body closed
-- during the year hands over to its successor); submitted = has a current accepted version; on time =
-- received by the due date (submission.on_time); late = submitted - on time; missing = expected - submitted.
insert into completeness_stage (run_id, period_code, scope_kind, scope_code, hierarchy,
                                expected, submitted, on_time, late, missing)
select :run, :period,
       case grouping(v.region_id, v.kind) when 1 then 'region' when 2 then 'org_kind' else 'national' end,
       case grouping(v.region_id, v.kind) when 1 then v.region_id when 2 then v.kind else 'VN' end,
       v.hierarchy,
       count(*),
       count(r.submission_id),
       count(*) filter (where r.on_time),
       count(*) filter (where not r.on_time),
       count(*) - count(r.submission_id)
from compute_stage_reporter r
cross join lateral (values ('as_reported', r.kind, r.region_id),
                           ('restated', r.today_kind, r.today_region_id)) as v (hierarchy, kind, region_id)
where r.run_id = :run
group by grouping sets ((v.hierarchy, v.region_id), (v.hierarchy, v.kind), (v.hierarchy))
having grouping(v.region_id) = 1 or v.region_id is not null
