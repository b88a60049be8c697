-- reference load, check: an indicator whose numerator, denominator or upper bound (at_most) names an
-- indicator that indicators.csv lacks. No parameters.
select 'indicators.csv', i.line_no,
       format('chỉ tiêu %s tham chiếu mã không tồn tại %s (refers to unknown indicator %s)', i.code, ref, ref)
from ref_stage_indicator i
cross join lateral (values (i.numerator_code), (i.denominator_code), (i.at_most_code)) refs(ref)
where ref is not null and not exists (select 1 from ref_stage_indicator x where x.code = ref)
