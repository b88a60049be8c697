-- intake: for each organisation and period pair (:orgIds[i], :periods[i]) that has submissions, the
-- newest version, the current (accepted) submission and the one awaiting review. Parameters: :orgIds (a bigint array), :periods
-- (a text array of the same length).
select s.org_id, s.period_code, max(s.version), max(s.submission_id) filter (where s.status = 'accepted'),
       max(s.submission_id) filter (where s.status = 'awaiting')
from submission s join unnest(:orgIds::bigint[], :periods::text[]) as p(org_id, period_code)
     on p.org_id = s.org_id and p.period_code = s.period_code
group by s.org_id, s.period_code
