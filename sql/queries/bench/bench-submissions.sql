-- bench compute: for every year and synthetic reporter, 3 in 100 submit nothing, 1 in 20 has a
-- superseded first version besides the accepted one, 1 in 10 is late.
insert into submission (org_id, period_code, version, status, channel, source_file_name, sha256, received_at,
                        on_time)
select d.org_id, d.period_code, v.version,
       case when v.version = d.versions then 'accepted' else 'superseded' end,
       'csv', d.code || '-' || d.period_code || '-v' || v.version || '.csv',
       encode(sha256(convert_to(d.code || d.period_code || v.version, 'UTF8')), 'hex'),
       cast(d.due_on - 10 + v.version + case when d.late then 15 else 0 end as timestamptz),
       not d.late
from (
    select o.org_id, o.code, p.code as period_code, p.due_on,
           case when mod(o.org_id * 7 + extract(year from p.starts_on)::int, 20) = 0 then 2 else 1 end as versions,
           mod(o.org_id * 3 + extract(year from p.starts_on)::int, 10) = 0 as late,
           mod(o.org_id * 13 + extract(year from p.starts_on)::int, 100) < 3 as silent
    from organisation o
    join reporting_period p on p.kind = 'annual' and p.starts_on >= make_date(cast(:firstYear as int), 1, 1)
                           and p.ends_on <= make_date(cast(:lastYear as int), 12, 31)
    where o.code like 'BENCH%'
) d
cross join lateral generate_series(1, d.versions) as v(version)
where not d.silent
