-- reference summary: the provinces in existence on :on, counted per region, in the regions' order.
-- Parameters: :on.
select h.region_id, h.region_name_vi as name_vi, h.region_name_en as name_en, count(*) as count
from organisation_history h join region r on r.region_id = h.region_id
where h.validity @> :on and h.kind = 'province'
group by h.region_id, h.region_name_vi, h.region_name_en, r.sort_order order by r.sort_order
