-- The narratives of the submission versions each annual run :runs read, with the year, the organisation
-- as it was named and classed that year, the task and the part. Parameters: :runs (list).
select c.period_code, o.code, o.name_vi, o.kind, n.task_no, n.section, n.body
from compute_run c
join compute_run_submission cs on cs.run_id = c.run_id
join submission s on s.submission_id = cs.submission_id
join organisation o on o.org_id = s.org_id
join submission_narrative n on n.submission_id = s.submission_id
where c.run_id in (:runs)
order by c.period_code, o.code, n.task_no, n.section
