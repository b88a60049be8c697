-- reference load, check: a task 1 to 8 that tasks.csv lacks (unless the file already has line problems).
-- No parameters.
select 'tasks.csv', 0, format('thiếu nhiệm vụ %s (task %s is missing)', n, n)
from generate_series(1, 8) n
where not exists (select 1 from ref_stage_task t where t.task_no = n)
  and not exists (select 1 from ref_stage_problem p where p.file_name = 'tasks.csv')
