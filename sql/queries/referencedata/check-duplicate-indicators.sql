-- reference load, check: an indicator of indicators.csv whose code an earlier line already has. No parameters.
select 'indicators.csv', i.line_no,
       format('mã chỉ tiêu %s trùng với dòng %s (duplicate code %s, also on line %s)', i.code, d.line_no, i.code, d.line_no)
from ref_stage_indicator i join ref_stage_indicator d on d.code = i.code and d.line_no < i.line_no
