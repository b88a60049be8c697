-- reference load, check: two versions of one organisation code whose validity overlaps. No parameters.
select 'organisations.csv', o.line_no,
       format('mã %s có thời gian hiệu lực chồng lên dòng %s (validity of %s overlaps line %s)', o.code, d.line_no, o.code, d.line_no)
from ref_stage_organisation o
join ref_stage_organisation d on d.code = o.code and d.valid_from <> o.valid_from and d.line_no < o.line_no
 and daterange(d.valid_from, d.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
