-- intake: the indicator catalogue in catalogue order, for one intake run. No parameters.
select code, task_no, name_vi, name_en, unit_vi, unit_en, value_type, numerator_code is not null as derived,
       reporter_kinds, required, at_most_code, sort_order, valid_from, valid_to, definition_vi,
       numerator_code, denominator_code
from indicator order by task_no, sort_order
