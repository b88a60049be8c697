-- bench compute: a value for every entered indicator that applies to the reporter's kind, in every
-- version: 2 in 100 missing (no row), 1 in 100 not applicable; yes for 70 in 100 yes/no answers; counts
-- 0-199, where an upper bound applies the part 0-99 and its total 100-199; amounts up to a million.
insert into submission_value (submission_id, indicator_code, numeric_value, boolean_value, not_applicable, period_code)
select x.submission_id, x.code,
       case when x.draw < 0.03 or x.value_type = 'boolean' then null
            when x.part then floor(random() * 100)
            when x.total then 100 + floor(random() * 100)
            when x.value_type = 'decimal' then round((random() * 1000000)::numeric, 2)
            else floor(random() * 200) end,
       case when x.value_type = 'boolean' and x.draw >= 0.03 then random() < 0.7 end,
       x.draw < 0.03, x.period_code
from (
    -- random() in the select list keeps this subquery from being merged: one draw per row
    select s.submission_id, s.period_code, i.code, i.value_type, i.at_most_code is not null as part,
           exists (select 1 from indicator b where b.at_most_code = i.code) as total, random() as draw
    from submission s
    join organisation o on o.org_id = s.org_id
    join indicator i on o.kind = any (i.reporter_kinds) and i.numerator_code is null
    where o.code like 'BENCH%'
) x
where x.draw >= 0.02
