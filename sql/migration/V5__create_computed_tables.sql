-- Computed data: indicator values per scope, task scores, completeness, and the report archive.
-- computeJob builds each period's rows in staging and swaps them in with one transaction.

create table compute_run (
    run_id           bigint generated always as identity primary key,
    period_code      text not null references reporting_period,
    started_at       timestamptz not null,
    finished_at      timestamptz,
    duration_ms      bigint check (duration_ms >= 0),
    status           text not null check (status in ('running', 'completed', 'failed')),
    job_execution_id bigint
);
create index compute_run_period on compute_run (period_code, started_at);

-- The submission versions a run read.
create table compute_run_submission (
    run_id        bigint not null references compute_run,
    submission_id bigint not null references submission,
    primary key (run_id, submission_id)
);

create table indicator_value (
    run_id         bigint not null references compute_run,
    period_code    text not null references reporting_period,
    indicator_code text not null references indicator,
    scope_kind     text not null check (scope_kind in ('organisation', 'region', 'org_kind', 'national')),
    scope_code     text not null,
    hierarchy      text not null check (hierarchy in ('as_reported', 'restated')),
    value          numeric,
    numerator      numeric,
    denominator    numeric,
    reporters      integer not null check (reporters >= 0),
    expected       integer not null check (expected >= 0),
    not_applicable integer not null default 0 check (not_applicable >= 0),
    previous_value numeric,
    change         numeric,
    primary key (period_code, indicator_code, scope_kind, scope_code, hierarchy)
);
create index indicator_value_scope on indicator_value (period_code, scope_kind, scope_code);

create table task_score (
    run_id      bigint not null references compute_run,
    period_code text not null references reporting_period,
    task_no     smallint not null references task,
    scope_kind  text not null check (scope_kind in ('organisation', 'region', 'org_kind', 'national')),
    scope_code  text not null,
    score       numeric check (score between 0 and 100),
    rank        integer check (rank >= 1),
    primary key (period_code, task_no, scope_kind, scope_code)
);

create table completeness (
    run_id      bigint not null references compute_run,
    period_code text not null references reporting_period,
    scope_kind  text not null check (scope_kind in ('region', 'org_kind', 'national')),
    scope_code  text not null,
    expected    integer not null check (expected >= 0),
    submitted   integer not null check (submitted >= 0),
    on_time     integer not null check (on_time >= 0),
    late        integer not null check (late >= 0),
    missing     integer not null check (missing >= 0),
    primary key (period_code, scope_kind, scope_code),
    constraint completeness_submitted_split check (on_time + late = submitted)
);

create table report_artifact (
    artifact_id      bigint generated always as identity primary key,
    period_code      text not null references reporting_period,
    kind             text not null,
    language         text not null check (language in ('vi', 'en')),
    scope_code       text,
    edition          integer not null check (edition >= 1),
    file_path        text not null,
    sha256           char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    bytes            bigint not null check (bytes >= 0),
    created_at       timestamptz not null,
    job_execution_id bigint,
    run_id           bigint references compute_run
);
create index report_artifact_period on report_artifact (period_code, kind, language, edition);

create table report_artifact_submission (
    artifact_id   bigint not null references report_artifact,
    submission_id bigint not null references submission,
    primary key (artifact_id, submission_id)
);
