-- The years that have points in the series of review run :run, each with the published annual run its
-- points were taken from. Parameters: :run.
select distinct year_code, source_run_id from indicator_series where run_id = :run order by year_code
