-- bench compute: :orgs synthetic reporters BENCH00001.. valid through all the benchmark's years, in the
-- national mix (of every 62: 34 provinces spread over today's 6 regions, 25 central organisations,
-- 2 Party boards, 1 ministry). The registry's own organisations stop reporting in this schema.
with kinds as (
    select n, case when n % 62 < 34 then 'province' when n % 62 < 59 then 'central_org'
                   when n % 62 < 61 then 'party_board' else 'ministry' end as kind
    from generate_series(1, cast(:orgs as int)) as n
)
insert into organisation (code, valid_from, kind, name_vi, official_name_vi, name_en, region_id, reports)
select 'BENCH' || lpad(n::text, 5, '0'), make_date(cast(:firstYear as int), 1, 1), kind,
       'Đơn vị thử ' || n, 'Đơn vị thử nghiệm hiệu năng ' || n, 'Benchmark unit ' || n,
       case when kind = 'province'
            then (array['2025:TDMNPB', '2025:DBSH', '2025:BTB', '2025:DHNTB_TN', '2025:DNB', '2025:DBSCL'])[n % 6 + 1] end,
       true
from kinds
