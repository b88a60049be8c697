-- reference load, apply: staged periods into reporting_period by code; unchanged rows are not touched.
-- Returns one boolean per written row: inserted (true) or updated. No parameters.
insert into reporting_period as p (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
select code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en from ref_stage_period
on conflict (code) do update set kind = excluded.kind, starts_on = excluded.starts_on,
    ends_on = excluded.ends_on, due_on = excluded.due_on, locks_on = excluded.locks_on,
    name_vi = excluded.name_vi, name_en = excluded.name_en
where (p.kind, p.starts_on, p.ends_on, p.due_on, p.locks_on, p.name_vi, p.name_en)
      is distinct from (excluded.kind, excluded.starts_on, excluded.ends_on, excluded.due_on,
                        excluded.locks_on, excluded.name_vi, excluded.name_en)
returning xmax = 0
