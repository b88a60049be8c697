-- reference load, check: a region of regions.csv whose id an earlier line already has. No parameters.
select 'regions.csv', r.line_no,
       format('mã vùng %s trùng với dòng %s (duplicate code %s, also on line %s)', r.region_id, d.line_no, r.region_id, d.line_no)
from ref_stage_region r join ref_stage_region d on d.region_id = r.region_id and d.line_no < r.line_no
