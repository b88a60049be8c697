-- Accepted submissions of :period from an organisation that is not an expected reporter of it
-- (closed before the period's last day, or not a reporter): left out of every number, and counted.
select count(*)
from submission s
where s.period_code = :period
  and s.status = 'accepted'
  and not exists (select 1 from compute_stage_reporter r where r.run_id = :run and r.org_id = s.org_id)
