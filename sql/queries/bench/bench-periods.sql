-- bench compute: annual periods :firstYear..:lastYear (those the reference data lacks), due 15 December.
insert into reporting_period (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
select y::text, 'annual', make_date(y, 1, 1), make_date(y, 12, 31), make_date(y, 12, 15), make_date(y + 1, 1, 31),
       'Báo cáo năm ' || y, 'Annual report ' || y
from generate_series(cast(:firstYear as int), cast(:lastYear as int)) as y
on conflict (code) do nothing
