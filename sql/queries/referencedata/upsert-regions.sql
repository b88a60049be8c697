-- reference load, apply: staged regions into region by region id; unchanged rows are not touched. Returns
-- one boolean per written row: inserted (true) or updated. No parameters.
insert into region as r (region_id, scheme, code, name_vi, name_en, valid_from, valid_to, adopted_on, legal_basis,
    sort_order)
select region_id, scheme, code, name_vi, name_en, valid_from, valid_to, adopted_on, legal_basis, sort_order
from ref_stage_region
on conflict (region_id) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
    valid_from = excluded.valid_from, valid_to = excluded.valid_to, adopted_on = excluded.adopted_on,
    legal_basis = excluded.legal_basis, sort_order = excluded.sort_order
where (r.name_vi, r.name_en, r.valid_from, r.valid_to, r.adopted_on, r.legal_basis, r.sort_order)
      is distinct from (excluded.name_vi, excluded.name_en, excluded.valid_from, excluded.valid_to,
                        excluded.adopted_on, excluded.legal_basis, excluded.sort_order)
returning xmax = 0
