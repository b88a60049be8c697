-- The version of organisation :code that existed on :on, with its region, successor and today's unit.
-- Parameters: :code, :on.
select org_id, code, valid_from, valid_to, kind, name_vi, name_en, reports, region_id, region_name_vi,
       region_name_en, successor_code, successor_name_vi, successor_valid_from, today_code, today_name_vi,
       today_region_id, today_region_name_vi, today_region_name_en
from organisation_history where code = :code and validity @> :on
