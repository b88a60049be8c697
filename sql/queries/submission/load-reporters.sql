-- intake: every organisation version with its successor, by code and date, for one intake run.
-- No parameters.
select o.org_id, o.code, o.valid_from, o.valid_to, o.kind, o.subtype, o.reports, o.name_vi, o.name_en,
       s.code as successor_code, s.name_vi as successor_name_vi
from organisation o left join organisation s on s.org_id = o.successor_id
order by o.code, o.valid_from
