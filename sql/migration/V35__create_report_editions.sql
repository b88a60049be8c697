-- renderJob (issue 5): each archived set of reports of a period is an edition, numbered 1, 2, ... per
-- period. With each edition we keep what it printed (the national and region figures of the compute run
-- it read, and the submission versions behind them), so two editions can be compared afterwards even
-- when the computed tables have moved on. An edition and its artifacts are written in one transaction.

create table report_edition (
    period_code      text not null references reporting_period,
    edition          integer not null check (edition >= 1),
    run_id           bigint not null references compute_run,
    created_at       timestamptz not null,
    job_execution_id bigint not null,
    kinds            text not null,
    languages        text not null,
    directory        text not null,
    primary key (period_code, edition)
);

-- National and region values of the run, as reported (the regions of the period's own scheme).
create table report_edition_figure (
    period_code    text not null,
    edition        integer not null,
    indicator_code text not null references indicator,
    scope_kind     text not null check (scope_kind in ('national', 'region')),
    scope_code     text not null,
    value          numeric,
    reporters      integer not null,
    expected       integer not null,
    primary key (period_code, edition, scope_kind, scope_code, indicator_code),
    foreign key (period_code, edition) references report_edition
);

-- The accepted submission versions the edition was built from (compute_run_submission of its run).
create table report_edition_submission (
    period_code       text not null,
    edition           integer not null,
    submission_id     bigint not null references submission,
    organisation_code text not null,
    version           integer not null,
    primary key (period_code, edition, submission_id),
    foreign key (period_code, edition) references report_edition
);

-- One file path per artifact: a restarted archive step can never record a file twice.
create unique index report_artifact_file on report_artifact (file_path);
