-- bench ingest: :count synthetic central bodies BENCH00001.., valid from 2022, in the benchmark's own
-- database; those already there are kept. Parameters: :count.
insert into organisation (code, valid_from, kind, name_vi, official_name_vi, name_en, reports)
select 'BENCH' || lpad(g::text, 5, '0'), date '2022-01-01', 'central_org',
       'Đơn vị thử nghiệm ' || g, 'Đơn vị thử nghiệm hiệu năng số ' || g, 'Benchmark unit ' || g, true
from generate_series(1, :count) g
on conflict do nothing
