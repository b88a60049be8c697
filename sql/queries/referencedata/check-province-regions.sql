-- reference load, check: a province without a region. No parameters.
select 'organisations.csv', o.line_no, format('tỉnh %s phải có vùng (province %s needs a region)', o.code, o.code)
from ref_stage_organisation o where o.kind = 'province' and o.region_id is null
