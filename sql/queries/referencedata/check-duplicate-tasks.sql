-- reference load, check: a task of tasks.csv whose number or code an earlier line already has. No parameters.
select 'tasks.csv', t.line_no,
       format('nhiệm vụ %s trùng với dòng %s (task %s duplicates line %s)', t.code, d.line_no, t.code, d.line_no)
from ref_stage_task t join ref_stage_task d on (d.task_no = t.task_no or d.code = t.code) and d.line_no < t.line_no
