-- bench ingest: annual period :code with its dates, unless it is already there. Parameters: :code,
-- :startsOn, :endsOn, :dueOn, :locksOn, :nameVi, :nameEn.
insert into reporting_period (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
values (:code, 'annual', :startsOn, :endsOn, :dueOn, :locksOn, :nameVi, :nameEn) on conflict do nothing
