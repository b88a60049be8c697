-- reference load, apply: staged organisation versions into organisation by code and valid_from; unchanged
-- rows are not touched. Returns one boolean per written row: inserted (true) or updated. No parameters.
insert into organisation as o (code, valid_from, valid_to, kind, subtype, name_vi, official_name_vi,
    name_en, abbr, gso_code, region_id, reports, note)
select code, valid_from, valid_to, kind, subtype, name_vi, official_name_vi, name_en, abbr, gso_code,
       region_id, reports, note
from ref_stage_organisation
on conflict (code, valid_from) do update set valid_to = excluded.valid_to, kind = excluded.kind,
    subtype = excluded.subtype, name_vi = excluded.name_vi, official_name_vi = excluded.official_name_vi,
    name_en = excluded.name_en, abbr = excluded.abbr, gso_code = excluded.gso_code,
    region_id = excluded.region_id, reports = excluded.reports, note = excluded.note
where (o.valid_to, o.kind, o.subtype, o.name_vi, o.official_name_vi, o.name_en, o.abbr, o.gso_code,
       o.region_id, o.reports, o.note)
      is distinct from (excluded.valid_to, excluded.kind, excluded.subtype, excluded.name_vi,
       excluded.official_name_vi, excluded.name_en, excluded.abbr, excluded.gso_code,
       excluded.region_id, excluded.reports, excluded.note)
returning xmax = 0
