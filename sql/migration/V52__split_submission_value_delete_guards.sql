-- V11's one guard function served both tables and read old.code on a submission row too (plpgsql does not
-- short-circuit the second test), so deleting a submission that had no values left failed with "record old
-- has no field code". One function per table, each reading only its own row.
create function submission_keeps_its_values_check() returns trigger
    language plpgsql as $$
begin
    if exists (select 1 from submission_value v where v.submission_id = old.submission_id) then
        raise foreign_key_violation using
            message = 'submission ' || old.submission_id || ' still has values in submission_value';
    end if;
    return old;
end $$;

create function indicator_keeps_its_values_check() returns trigger
    language plpgsql as $$
begin
    if exists (select 1 from submission_value v where v.indicator_code = old.code) then
        raise foreign_key_violation using
            message = 'indicator ' || old.code || ' still has values in submission_value';
    end if;
    return old;
end $$;

drop trigger submission_keeps_its_values on submission;
drop trigger indicator_keeps_its_values on indicator;
create trigger submission_keeps_its_values before delete on submission
    for each row execute function submission_keeps_its_values_check();
create trigger indicator_keeps_its_values before delete on indicator
    for each row execute function indicator_keeps_its_values_check();
drop function submission_value_keep_referenced();
