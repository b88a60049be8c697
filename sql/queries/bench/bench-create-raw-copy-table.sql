-- bench ingest: the table the raw COPY writes into, with submission_value's columns and no index,
-- key or check. No parameters.
create table bench_copy_value (submission_id bigint, indicator_code text, numeric_value numeric,
    boolean_value boolean, not_applicable boolean, note text, source_ref text, period_code text)
