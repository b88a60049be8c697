-- The expected reporters of :period (period_reporter: reporting organisations in existence on the
-- period's last day), where each counts in both views, and its current accepted submission if any.
-- Frozen per run, so every later step of the run reads the same reporters and submission versions.
insert into compute_stage_reporter (run_id, org_id, code, kind, region_id, today_code, today_kind,
                                    today_region_id, submission_id, on_time)
select :run, r.org_id, r.code, r.kind, r.region_id, r.today_code, t.kind, r.today_region_id,
       s.submission_id, s.on_time
from period_reporter r
join organisation t on t.org_id = r.today_org_id
left join submission s on s.org_id = r.org_id and s.period_code = r.period_code and s.status = 'accepted'
where r.period_code = :period
