-- The accepted submission versions compute run :run read, by organisation code. Parameters: :run.
select s.submission_id, o.code, s.version, s.received_at
from compute_run_submission c
join submission s on s.submission_id = c.submission_id
join organisation o on o.org_id = s.org_id
where c.run_id = :run
order by o.code, s.version
