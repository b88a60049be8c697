-- The narratives (by task and section) of the submission versions run :run read, by organisation code.
-- Parameters: :run.
select o.code, n.task_no, n.section, n.body
from compute_run_submission c
join submission s on s.submission_id = c.submission_id
join organisation o on o.org_id = s.org_id
join submission_narrative n on n.submission_id = s.submission_id
where c.run_id = :run
