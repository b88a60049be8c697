-- The regions of :period's expected reporters (the scheme in force on the period's last day), in their
-- order: what the status board's region filter offers. Parameters: :period.
select distinct g.code, g.name_vi, g.name_en, g.sort_order
  from period_reporter r
  join region g on g.region_id = r.region_id
 where r.period_code = :period
 order by g.sort_order, g.code
