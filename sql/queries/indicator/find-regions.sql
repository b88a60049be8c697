-- The regions with code :code of :period: those in force on its last day (annual), during it (review), or
-- today's (:restated), oldest first. Parameters: :period, :code, :restated.
select r.region_id, r.name_vi, r.name_en from region r, reporting_period p
where p.code = :period and r.code = :code
  and case when :restated then r.valid_to is null
           when p.kind = 'annual' then daterange(r.valid_from, r.valid_to, '[]') @> p.ends_on
           else daterange(r.valid_from, r.valid_to, '[]') && daterange(p.starts_on, p.ends_on, '[]') end
order by r.valid_from
