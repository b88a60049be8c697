-- The latest :limit job executions, of job :jobName or (null) of every job, newest first: status, times,
-- read/write/skip counts summed over their steps, parameters, the schedule that launched them if any, and the
-- node that ran them (null before V73).
-- Parameters: :jobName (or null), :limit.
select e.job_execution_id, i.job_name, e.status, e.start_time, e.end_time,
       coalesce((select sum(s.read_count) from batch_step_execution s
                  where s.job_execution_id = e.job_execution_id), 0) as read_count,
       coalesce((select sum(s.write_count) from batch_step_execution s
                  where s.job_execution_id = e.job_execution_id), 0) as write_count,
       coalesce((select sum(s.read_skip_count + s.process_skip_count + s.write_skip_count)
                   from batch_step_execution s where s.job_execution_id = e.job_execution_id), 0) as skip_count,
       coalesce((select string_agg(p.parameter_name || '=' || coalesce(p.parameter_value, ''), ', '
                                   order by p.parameter_name)
                   from batch_job_execution_params p where p.job_execution_id = e.job_execution_id), '')
           as parameters,
       (select r.schedule_name from schedule_run r where r.job_execution_id = e.job_execution_id
         limit 1) as schedule_name,
       (select n.node from execution_node n where n.job_execution_id = e.job_execution_id) as node
  from batch_job_execution e
  join batch_job_instance i on i.job_instance_id = e.job_instance_id
 where :jobName::text is null or i.job_name = :jobName
 order by e.job_execution_id desc
 limit :limit
