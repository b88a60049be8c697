-- reference load, apply: staged indicators into indicator by code; unchanged rows are not touched. Returns
-- one boolean per written row: inserted (true) or updated. No parameters.
insert into indicator as i (code, task_no, name_vi, name_en, definition_vi, definition_en, unit_vi,
    unit_en, value_type, aggregation, numerator_code, denominator_code, reporter_kinds, required,
    at_most_code, higher_is_better, sort_order, valid_from, valid_to, note)
select code, task_no, name_vi, name_en, definition_vi, definition_en, unit_vi, unit_en, value_type,
       aggregation, numerator_code, denominator_code, reporter_kinds, required, at_most_code,
       higher_is_better, sort_order, valid_from, valid_to, note
from ref_stage_indicator
on conflict (code) do update set task_no = excluded.task_no, name_vi = excluded.name_vi,
    name_en = excluded.name_en, definition_vi = excluded.definition_vi,
    definition_en = excluded.definition_en, unit_vi = excluded.unit_vi, unit_en = excluded.unit_en,
    value_type = excluded.value_type, aggregation = excluded.aggregation,
    numerator_code = excluded.numerator_code, denominator_code = excluded.denominator_code,
    reporter_kinds = excluded.reporter_kinds, required = excluded.required,
    at_most_code = excluded.at_most_code, higher_is_better = excluded.higher_is_better,
    sort_order = excluded.sort_order, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
    note = excluded.note
where (i.task_no, i.name_vi, i.name_en, i.definition_vi, i.definition_en, i.unit_vi, i.unit_en,
       i.value_type, i.aggregation, i.numerator_code, i.denominator_code, i.reporter_kinds, i.required,
       i.at_most_code, i.higher_is_better, i.sort_order, i.valid_from, i.valid_to, i.note)
      is distinct from (excluded.task_no, excluded.name_vi, excluded.name_en, excluded.definition_vi,
       excluded.definition_en, excluded.unit_vi, excluded.unit_en, excluded.value_type,
       excluded.aggregation, excluded.numerator_code, excluded.denominator_code,
       excluded.reporter_kinds, excluded.required, excluded.at_most_code, excluded.higher_is_better,
       excluded.sort_order, excluded.valid_from, excluded.valid_to, excluded.note)
returning xmax = 0
