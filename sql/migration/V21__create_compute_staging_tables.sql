-- computeJob builds a run's rows here, then swaps them into the computed tables in one transaction
-- (SwapResultsTasklet). Rows are keyed by run, so runs of different periods can build side by side.
-- Unlogged: staging is scratch that a re-run rebuilds, so it need not survive a crash nor cost WAL.
-- No indexes: a run's rows are read in bulk and deleted when the run ends.

-- The expected reporters of the run's period, frozen at the start of the run: where each counts as
-- reported and restated onto today's unit, and its current accepted submission (null = missing).
create unlogged table compute_stage_reporter (
    run_id          bigint not null,
    org_id          bigint not null,
    code            text not null,
    kind            text not null,
    region_id       text,
    today_code      text not null,
    today_kind      text not null,
    today_region_id text,
    submission_id   bigint,
    on_time         boolean
);

-- Same columns as indicator_value, plus the kind and region of an organisation row's unit (in the
-- row's view) so aggregates and scores can group organisation rows without joining them again.
create unlogged table indicator_value_stage (
    run_id         bigint not null,
    period_code    text not null,
    indicator_code text not null,
    scope_kind     text not null,
    scope_code     text not null,
    hierarchy      text not null,
    org_kind       text,
    region_id      text,
    value          numeric,
    numerator      numeric,
    denominator    numeric,
    reporters      integer not null,
    expected       integer not null,
    not_applicable integer not null,
    previous_value numeric,
    change         numeric
);

create unlogged table completeness_stage (
    run_id      bigint not null,
    period_code text not null,
    scope_kind  text not null,
    scope_code  text not null,
    hierarchy   text not null,
    expected    integer not null,
    submitted   integer not null,
    on_time     integer not null,
    late        integer not null,
    missing     integer not null
);

create unlogged table task_score_stage (
    run_id      bigint not null,
    period_code text not null,
    task_no     smallint not null,
    scope_kind  text not null,
    scope_code  text not null,
    hierarchy   text not null,
    org_kind    text,
    region_id   text,
    score       numeric,
    rank        integer,
    coverage    numeric,
    members     integer,
    ranked      integer
);
