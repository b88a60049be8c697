-- reference load, check: an indicator whose task is not in tasks.csv. No parameters.
select 'indicators.csv', i.line_no, format('nhiệm vụ %s không có trong tasks.csv (unknown task %s)', i.task_no, i.task_no)
from ref_stage_indicator i where not exists (select 1 from ref_stage_task t where t.task_no = i.task_no)
