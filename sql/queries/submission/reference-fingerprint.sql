-- intake reference cache: a fingerprint of the rows IntakeReferenceLoader reads (organisations, periods,
-- indicators, opened locked periods). Each row's xmin is the transaction that wrote it, so an insert or update anywhere changes the
-- sum and a delete changes the count, however the change was made (reference load, another process, psql).
-- No parameters.
select string_agg(t || ':' || n || ':' || x, ' ' order by t) from (
    select 'organisation' as t, count(*) as n, coalesce(sum(xmin::text::bigint), 0) as x from organisation
    union all
    select 'reporting_period', count(*), coalesce(sum(xmin::text::bigint), 0) from reporting_period
    union all
    select 'indicator', count(*), coalesce(sum(xmin::text::bigint), 0) from indicator
    union all
    select 'period_unlock', count(*), coalesce(sum(xmin::text::bigint), 0) from period_unlock
) f
