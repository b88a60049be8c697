-- renderJob, archive: keeps the submission versions run :run read with the edition. Parameters: :period,
-- :edition, :run.
insert into report_edition_submission (period_code, edition, submission_id, organisation_code, version)
select :period, :edition, s.submission_id, o.code, s.version
from compute_run_submission c join submission s on s.submission_id = c.submission_id
join organisation o on o.org_id = s.org_id
where c.run_id = :run
