-- reference load, check: a period of periods.csv whose code an earlier line already has. No parameters.
select 'periods.csv', p.line_no,
       format('mã kỳ %s trùng với dòng %s (duplicate period %s, also on line %s)', p.code, d.line_no, p.code, d.line_no)
from ref_stage_period p join ref_stage_period d on d.code = p.code and d.line_no < p.line_no
