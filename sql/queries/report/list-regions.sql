-- The regions in force on the last day of :period, in their order. Parameters: :period.
select r.region_id, r.code, r.name_vi, r.name_en from region r, reporting_period p
where p.code = :period and daterange(r.valid_from, r.valid_to, '[]') @> p.ends_on
order by r.sort_order
