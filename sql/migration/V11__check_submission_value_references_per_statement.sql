-- ingestJob writes submission_value with COPY, thousands of rows per statement. PostgreSQL checks a
-- foreign key with one trigger call and one index probe per row, which cost three times the insert
-- itself (2.1 million values: 34 s with the two keys, 10 s without; docs/benchmarks.md). The same
-- two references are therefore checked once per statement, set-based, on the rows the statement
-- wrote; deleting a referenced submission or indicator is refused as the foreign keys refused it.
-- Nothing in the application deletes submissions or indicators.

alter table submission_value drop constraint submission_value_submission_id_fkey;
alter table submission_value drop constraint submission_value_indicator_code_fkey;

-- Values are read through their submission (the primary key starts with submission_id); a lookup of
-- one indicator across every submission is not a query anyone runs, and its index costs a third of
-- the bulk write.
drop index submission_value_indicator;

create function submission_value_check_references() returns trigger
    language plpgsql as $$
declare
    missing text;
begin
    select n.submission_id::text into missing from written n
    where not exists (select 1 from submission s where s.submission_id = n.submission_id) limit 1;
    if found then
        raise foreign_key_violation using
            message = 'submission_value refers to submission ' || missing || ', which does not exist',
            table = 'submission_value';
    end if;
    select n.indicator_code into missing from written n
    where not exists (select 1 from indicator i where i.code = n.indicator_code) limit 1;
    if found then
        raise foreign_key_violation using
            message = 'submission_value refers to indicator ' || missing || ', which does not exist',
            table = 'submission_value';
    end if;
    return null;
end $$;

create trigger submission_value_references_on_insert
    after insert on submission_value referencing new table as written
    for each statement execute function submission_value_check_references();
create trigger submission_value_references_on_update
    after update on submission_value referencing new table as written
    for each statement execute function submission_value_check_references();

create function submission_value_keep_referenced() returns trigger
    language plpgsql as $$
begin
    if tg_table_name = 'submission'
            and exists (select 1 from submission_value v where v.submission_id = old.submission_id) then
        raise foreign_key_violation using
            message = 'submission ' || old.submission_id || ' still has values in submission_value';
    end if;
    if tg_table_name = 'indicator'
            and exists (select 1 from submission_value v where v.indicator_code = old.code) then
        raise foreign_key_violation using
            message = 'indicator ' || old.code || ' still has values in submission_value';
    end if;
    return old;
end $$;

create trigger submission_keeps_its_values before delete on submission
    for each row execute function submission_value_keep_referenced();
create trigger indicator_keeps_its_values before delete on indicator
    for each row execute function submission_value_keep_referenced();
