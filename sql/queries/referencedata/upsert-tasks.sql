-- reference load, apply: staged tasks into task by task number; unchanged rows are not touched. Returns
-- one boolean per written row: inserted (true) or updated. No parameters.
insert into task as t (task_no, code, short_name_vi, name_en, directive_text_vi)
select task_no, code, short_name_vi, name_en, directive_text_vi from ref_stage_task
on conflict (task_no) do update set code = excluded.code, short_name_vi = excluded.short_name_vi,
    name_en = excluded.name_en, directive_text_vi = excluded.directive_text_vi
where (t.code, t.short_name_vi, t.name_en, t.directive_text_vi)
      is distinct from (excluded.code, excluded.short_name_vi, excluded.name_en, excluded.directive_text_vi)
returning xmax = 0
