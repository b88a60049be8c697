-- ingest summary: the job executions :ids and every earlier execution of their job instances (a run
-- resumed after its process was killed took part of the files in the killed one). Parameters: :ids
-- (a bigint array).
select distinct e.job_execution_id from batch_job_execution r
join batch_job_execution e on e.job_instance_id = r.job_instance_id and e.job_execution_id <= r.job_execution_id
where r.job_execution_id = any (:ids)
union
select unnest(:ids::bigint[])
