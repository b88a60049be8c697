-- Issue 16: each period's published rows are one partition of their computed table, built by the run
-- that publishes them and swapped in with one short transaction (detach and drop the old partition,
-- attach the new one), instead of deleting half a million rows and inserting them again through the
-- primary key. A partition is named <table>_p<n>, n from computed_partition_number (not the run id:
-- tests and the benchmark truncate compute_run and restart its ids while partitions stay).
create sequence computed_partition_number;

-- Turns table t into a table partitioned by period_code with the same columns, checks and primary key
-- (key: its columns), and moves its rows into one partition per period.
create function pg_temp.partition_by_period(t text, key text) returns void
    language plpgsql as $$
declare
    p record;
begin
    execute format('alter table %I rename to %I', t, t || '_v69');
    execute format('alter table %I drop constraint %I', t || '_v69', t || '_pkey');
    execute format('create table %I (like %I including defaults including constraints) partition by list (period_code)',
                   t, t || '_v69');
    execute format('alter table %I add primary key (%s)', t, key);
    for p in execute format('select distinct period_code from %I', t || '_v69') loop
        execute format('create table %I partition of %I for values in (%L)', t || '_p' || nextval('computed_partition_number'),
                       t, p.period_code);
    end loop;
    execute format('insert into %I select * from %I', t, t || '_v69');
    execute format('drop table %I', t || '_v69');
end $$;

select pg_temp.partition_by_period('indicator_value', 'period_code, scope_kind, scope_code, hierarchy, indicator_code');
select pg_temp.partition_by_period('completeness', 'period_code, scope_kind, scope_code, hierarchy');
select pg_temp.partition_by_period('task_score', 'period_code, scope_kind, scope_code, hierarchy, task_no');
select pg_temp.partition_by_period('indicator_series',
                                   'period_code, scope_kind, scope_code, hierarchy, indicator_code, year_code');

-- The swap of one period: makes run table fresh (already loaded and keyed) the partition of parent for
-- period, dropping the partition it replaces. The check constraint, added first, lets the attach skip
-- scanning the fresh rows; detach and drop take parent's ACCESS EXCLUSIVE lock only from here to the
-- commit. Names come in as regclass and the period as a value: nothing is spliced in unquoted.
create function swap_period_partition(parent regclass, fresh regclass, period text) returns void
    language plpgsql as $$
declare
    old regclass;
begin
    execute format('alter table %s add constraint partition_period check (period_code = %L)', fresh, period);
    select c.oid::regclass into old
    from pg_inherits i
    join pg_class c on c.oid = i.inhrelid
    where i.inhparent = parent and pg_get_expr(c.relpartbound, c.oid) = format('FOR VALUES IN (%L)', period);
    if old is not null then
        execute format('alter table %s detach partition %s', parent, old);
        execute format('drop table %s', old);
    end if;
    execute format('alter table %s attach partition %s for values in (%L)', parent, fresh, period);
end $$;
