-- reference load, check: an organisation whose successor has no version in force the day after it ends.
-- No parameters.
select 'organisations.csv', o.line_no,
       format('không có đơn vị kế thừa %s hiệu lực ngày %s (no successor %s in force on %s)',
              o.successor_code, o.valid_to + 1, o.successor_code, o.valid_to + 1)
from ref_stage_organisation o
where o.successor_code is not null and not exists (
    select 1 from ref_stage_organisation s
    where s.code = o.successor_code and daterange(s.valid_from, s.valid_to, '[]') @> o.valid_to + 1)
