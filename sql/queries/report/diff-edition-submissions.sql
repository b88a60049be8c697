-- The organisations whose submission version differs between editions :older and :newer of :period:
-- added, withdrawn or replaced. Parameters: :period, :older, :newer.
select case when o.organisation_code is null then 'added'
            when n.organisation_code is null then 'withdrawn' else 'replaced' end as change,
       coalesce(n.organisation_code, o.organisation_code) as code,
       (select name_vi from organisation g join submission s on s.org_id = g.org_id
        where s.submission_id = coalesce(n.submission_id, o.submission_id)) as name,
       o.version as old_version, n.version as new_version
from (select * from report_edition_submission where period_code = :period and edition = :older) o
full join (select * from report_edition_submission where period_code = :period and edition = :newer) n
  on n.organisation_code = o.organisation_code
where o.submission_id is distinct from n.submission_id
order by change, code
