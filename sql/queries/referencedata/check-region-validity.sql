-- reference load, check: an organisation whose region is never in force while the organisation exists.
-- No parameters.
select 'organisations.csv', o.line_no,
       format('vùng %s không có hiệu lực trong thời gian của %s (region %s is not in force while %s exists)',
              o.region_id, o.code, o.region_id, o.code)
from ref_stage_organisation o join ref_stage_region r on r.region_id = o.region_id
where not daterange(r.valid_from, r.valid_to, '[]') && daterange(o.valid_from, o.valid_to, '[]')
