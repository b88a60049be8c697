-- Every submitted value of the submission versions run :run read, by organisation and catalogue order
-- (read through a cursor). Parameters: :run.
select s.submission_id, s.version, o.code, o.name_vi, v.indicator_code, v.numeric_value,
       v.boolean_value, v.not_applicable, v.note, s.received_at
from compute_run_submission c
join submission s on s.submission_id = c.submission_id
join organisation o on o.org_id = s.org_id
join submission_value v on v.submission_id = s.submission_id
join indicator i on i.code = v.indicator_code
where c.run_id = :run
order by o.code, i.task_no, i.sort_order
