-- Every expected reporter of :period with the submission version published run :run read, if any (not a
-- version that arrived since). Parameters: :period, :run.
select r.code, r.name_vi, r.kind, r.region_id, s.version, s.received_at, s.on_time
from period_reporter r
left join submission s on s.org_id = r.org_id and s.period_code = r.period_code
      and s.submission_id in (select submission_id from compute_run_submission where run_id = :run)
where r.period_code = :period
