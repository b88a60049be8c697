-- reference load: one good line of periods.csv into its staging table. Parameters: the PeriodRow's fields
-- (:lineNo, :code, :kind, :startsOn, :endsOn, :dueOn, :locksOn, :nameVi, :nameEn).
insert into ref_stage_period (line_no, code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
values (:lineNo, :code, :kind, :startsOn, :endsOn, :dueOn, :locksOn, :nameVi, :nameEn)
