-- reference load, check: an organisation whose region is not in regions.csv. No parameters.
select 'organisations.csv', o.line_no,
       format('vùng %s không có trong regions.csv (unknown region %s)', o.region_id, o.region_id)
from ref_stage_organisation o
where o.region_id is not null and not exists (select 1 from ref_stage_region r where r.region_id = o.region_id)
