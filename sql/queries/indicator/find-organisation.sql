-- The latest version of organisation :code of :period: in existence on its last day (annual), during it
-- (review), or one of today's units (:restated). Parameters: :period, :code, :restated.
select o.code, o.name_vi, o.name_en from organisation o, reporting_period p
where p.code = :period and o.code = :code
  and case when :restated then o.org_id in (select today_org_id from organisation_today)
           when p.kind = 'annual' then daterange(o.valid_from, o.valid_to, '[]') @> p.ends_on
           else daterange(o.valid_from, o.valid_to, '[]') && daterange(p.starts_on, p.ends_on, '[]') end
order by o.valid_from desc limit 1
