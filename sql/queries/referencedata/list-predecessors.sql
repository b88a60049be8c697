-- The organisation versions that handed over to version :id (the provinces merged into a 2025 unit), by
-- code. Parameters: :id (org_id of the successor).
select org_id, code, valid_from, valid_to, kind, name_vi, name_en, reports, region_id, region_name_vi,
       region_name_en, successor_code, successor_name_vi, successor_valid_from, today_code, today_name_vi,
       today_region_id, today_region_name_vi, today_region_name_en
from organisation_history where successor_id = :id order by code
