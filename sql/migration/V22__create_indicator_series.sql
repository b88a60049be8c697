-- A multi-year review period (2022-2026) gets one series per indicator, scope and view: the value of
-- each annual period inside it, taken from that year's published run (source_run_id). On the restated
-- view a scope is one of today's units or regions, so its series runs unbroken across the 2025 merger;
-- on the as-reported view an old province's series stops in 2024. No foreign keys, like the other
-- computed tables (V20): the swap writes it from joins on the referenced tables themselves.
create table indicator_series (
    run_id         bigint not null,
    period_code    text not null,
    year_code      text not null,
    indicator_code text not null,
    scope_kind     text not null check (scope_kind in ('organisation', 'region', 'org_kind', 'national')),
    scope_code     text not null,
    hierarchy      text not null check (hierarchy in ('as_reported', 'restated')),
    value          numeric,
    numerator      numeric,
    denominator    numeric,
    reporters      integer not null check (reporters >= 0),
    expected       integer not null check (expected >= 0),
    not_applicable integer not null check (not_applicable >= 0),
    source_run_id  bigint not null,
    primary key (period_code, scope_kind, scope_code, hierarchy, indicator_code, year_code)
);

create unlogged table indicator_series_stage (
    run_id         bigint not null,
    period_code    text not null,
    year_code      text not null,
    indicator_code text not null,
    scope_kind     text not null,
    scope_code     text not null,
    hierarchy      text not null,
    value          numeric,
    numerator      numeric,
    denominator    numeric,
    reporters      integer not null,
    expected       integer not null,
    not_applicable integer not null,
    source_run_id  bigint not null
);
