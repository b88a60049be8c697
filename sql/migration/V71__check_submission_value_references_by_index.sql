-- V11's per-statement reference check, cheaper: each submission and indicator a statement wrote is
-- looked up once (a COPY of one chunk writes some 20,000 values of 500 submissions), through the
-- primary keys. V11's version hashed the whole submission table for every statement, so its cost grew
-- with the years kept; with this one the check costs what the chunk is. Measured with `\copy` of
-- 820,000 values in chunks of 41,000 (docs/benchmarks.md, issue 16): no check 2.05 s, V11's 3.5 s,
-- this one 2.9-3.1 s.
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
    return null;
end $$;
