-- "Which region, which successor, which of today's units was organisation X on date D" in one query:
--   select * from organisation_history where code = :code and validity @> :on::date
-- Later jobs restate old provinces onto today's units through today_org_id / today_region_id.

-- Follow successors to the end of the chain: a 2022 Yên Bái version ends at today's Lào Cai.
create view organisation_today as
with recursive chain (org_id, current_id, depth) as (
    select org_id, org_id, 0 from organisation
    union all
    select c.org_id, o.successor_id, c.depth + 1
    from chain c
    join organisation o on o.org_id = c.current_id
    where o.successor_id is not null and c.depth < 32
)
select distinct on (org_id) org_id, current_id as today_org_id
from chain
order by org_id, depth desc;

create view organisation_history as
select o.org_id,
       o.code,
       o.valid_from,
       o.valid_to,
       daterange(o.valid_from, o.valid_to, '[]') as validity,
       o.kind,
       o.subtype,
       o.name_vi,
       o.name_en,
       o.reports,
       r.region_id,
       r.scheme       as region_scheme,
       r.code         as region_code,
       r.name_vi      as region_name_vi,
       r.name_en      as region_name_en,
       s.org_id       as successor_id,
       s.code         as successor_code,
       s.name_vi      as successor_name_vi,
       s.valid_from   as successor_valid_from,
       t.org_id       as today_org_id,
       t.code         as today_code,
       t.name_vi      as today_name_vi,
       tr.region_id   as today_region_id,
       tr.code        as today_region_code,
       tr.name_vi     as today_region_name_vi,
       tr.name_en     as today_region_name_en
from organisation o
left join region r on r.region_id = o.region_id
left join organisation s on s.org_id = o.successor_id
join organisation_today ot on ot.org_id = o.org_id
join organisation t on t.org_id = ot.today_org_id
left join region tr on tr.region_id = t.region_id;

-- Who is expected to report for a period: reporting organisations in existence on its last day.
-- A body closed during the year hands its report to its successor (the 63 provinces closed on
-- 2025-06-30 are not expected for 2025; the 34 units report for the whole year).
create view period_reporter as
select p.code as period_code, h.*
from reporting_period p
join organisation_history h on h.validity @> p.ends_on
where h.reports;
