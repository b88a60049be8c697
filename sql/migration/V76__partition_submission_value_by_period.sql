-- Issue 17: submission_value, the table that grows by every reporter's every value every year, is partitioned
-- by period (list), like the computed tables (V70), so that an old year can be detached, archived and dropped
-- without touching the others (README, "Old years"). The period is a column of each value now: the partition
-- key must be; ingest writes it with the value, and the statement-level check makes sure it is the period of
-- the value's submission. Each reporting period gets its partition when the period is created (a trigger on
-- reporting_period), so no value ever waits for one; there is no default partition: a value of a period whose
-- partition was detached is refused, as a closed year must be.

alter table submission_value rename to submission_value_v75;

create table submission_value (
    submission_id  bigint not null,
    indicator_code text not null,
    numeric_value  numeric,
    boolean_value  boolean,
    not_applicable boolean not null default false,
    note           text,
    source_ref     text,
    period_code    text not null,
    -- Values are read through their submission: the key starts with it; the period ends it (a partition key
    -- must be part of the primary key).
    primary key (submission_id, indicator_code, period_code),
    constraint submission_value_one_kind check (numeric_value is null or boolean_value is null),
    constraint submission_value_na_has_no_value check (
        not not_applicable or (numeric_value is null and boolean_value is null))
) partition by list (period_code);

-- The partition of one period, named submission_value_<period> (non-alphanumerics as '_'), made if missing.
create function submission_value_add_partition(period text) returns void
    language plpgsql as $$
begin
    execute format('create table if not exists %I partition of submission_value for values in (%L)',
                   'submission_value_' || regexp_replace(period, '[^A-Za-z0-9]', '_', 'g'), period);
end $$;

create function reporting_period_add_value_partition() returns trigger
    language plpgsql as $$
begin
    perform submission_value_add_partition(new.code);
    return null;
end $$;

create trigger reporting_period_value_partition after insert on reporting_period
    for each row execute function reporting_period_add_value_partition();

select submission_value_add_partition(code) from reporting_period;

insert into submission_value (submission_id, indicator_code, numeric_value, boolean_value, not_applicable, note,
                              source_ref, period_code)
select v.submission_id, v.indicator_code, v.numeric_value, v.boolean_value, v.not_applicable, v.note, v.source_ref,
       s.period_code
from submission_value_v75 v
join submission s on s.submission_id = v.submission_id;

drop table submission_value_v75;

-- V71's per-statement check, with one more rule: a value's period is its submission's.
create or replace function submission_value_check_references() returns trigger
    language plpgsql
    -- a transition table has no statistics; the planner would hash every submission to probe a few hundred
    set enable_hashjoin = off
    set enable_mergejoin = off
as $$
declare
    missing text;
begin
    select n.submission_id::text into missing from (select distinct submission_id from written) n
    where not exists (select 1 from submission s where s.submission_id = n.submission_id) limit 1;
    if found then
        raise foreign_key_violation using
            message = 'submission_value refers to submission ' || missing || ', which does not exist',
            table = 'submission_value';
    end if;
    select n.indicator_code into missing from (select distinct indicator_code from written) n
    where not exists (select 1 from indicator i where i.code = n.indicator_code) limit 1;
    if found then
        raise foreign_key_violation using
            message = 'submission_value refers to indicator ' || missing || ', which does not exist',
            table = 'submission_value';
    end if;
    select n.submission_id::text into missing from (select distinct submission_id, period_code from written) n
    where exists (select 1 from submission s where s.submission_id = n.submission_id
                  and s.period_code <> n.period_code) limit 1;
    if found then
        raise check_violation using
            message = 'submission_value of submission ' || missing || ' names another period than its submission',
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
