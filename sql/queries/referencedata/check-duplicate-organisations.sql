-- reference load, check: a version of organisations.csv (code and valid_from) an earlier line already has.
-- No parameters.
select 'organisations.csv', o.line_no,
       format('mã %s từ %s trùng với dòng %s (duplicate code %s from %s, also on line %s)',
              o.code, o.valid_from, d.line_no, o.code, o.valid_from, d.line_no)
from ref_stage_organisation o
join ref_stage_organisation d on d.code = o.code and d.valid_from = o.valid_from and d.line_no < o.line_no
