-- Collected data: every file that arrives, the submissions accepted from them (versioned), their
-- values, narratives and activity rows, and every validation problem found.
-- Missing is not zero: an indicator nobody answered has no value row (or a row whose value is null);
-- "not applicable" is a third state, recorded explicitly.

create table submission (
    submission_id      bigint generated always as identity primary key,
    org_id             bigint not null references organisation,
    period_code        text not null references reporting_period,
    version            integer not null check (version >= 1),
    status             text not null check (status in ('received', 'accepted', 'rejected', 'superseded')),
    channel            text not null check (channel in ('xlsx', 'csv', 'json', 'portal')),
    source_file_name   text not null,
    sha256             char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    received_at        timestamptz not null,
    submitted_by       text,
    on_time            boolean not null,
    template_version   text,
    catalogue_checksum text,
    supersedes_id      bigint references submission,
    superseded_at      timestamptz,
    constraint submission_version_unique unique (org_id, period_code, version)
);
-- At most one current (accepted) version per organisation and period.
create unique index submission_one_current on submission (org_id, period_code) where status = 'accepted';
create index submission_period_status on submission (period_code, status);

create table submission_value (
    submission_id  bigint not null references submission,
    indicator_code text not null references indicator,
    numeric_value  numeric,
    boolean_value  boolean,
    not_applicable boolean not null default false,
    note           text,
    source_ref     text,
    primary key (submission_id, indicator_code),
    constraint submission_value_one_kind check (numeric_value is null or boolean_value is null),
    constraint submission_value_na_has_no_value check (
        not not_applicable or (numeric_value is null and boolean_value is null))
);
create index submission_value_indicator on submission_value (indicator_code);

create table submission_narrative (
    submission_id bigint not null references submission,
    task_no       smallint not null references task,
    section       text not null check (section in ('achievements', 'limitations', 'causes', 'proposals')),
    body          text not null check (length(body) between 1 and 20000),
    primary key (submission_id, task_no, section)
);

create table submission_activity (
    submission_id   bigint not null references submission,
    line_no         integer not null check (line_no >= 1),
    task_no         smallint not null references task,
    activity_date   date,
    kind            text,
    partner_country text,
    partner_org     text,
    participants    integer check (participants >= 0),
    amount          numeric check (amount >= 0),
    description     text,
    primary key (submission_id, line_no)
);

-- Every file seen by intake, whatever became of it.
create table intake_file (
    file_id          bigint generated always as identity primary key,
    file_name        text not null,
    sha256           char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    byte_size        bigint not null check (byte_size >= 0),
    channel          text check (channel in ('xlsx', 'csv', 'json', 'portal')),
    received_at      timestamptz not null,
    outcome          text not null check (outcome in ('accepted', 'rejected', 'duplicate')),
    org_code         text,
    period_code      text,
    submission_id    bigint references submission,
    error_count      integer not null default 0 check (error_count >= 0),
    warning_count    integer not null default 0 check (warning_count >= 0),
    archived_path    text,
    job_execution_id bigint,
    constraint intake_file_accepted_has_submission check ((outcome = 'accepted') = (submission_id is not null))
);
create index intake_file_sha256 on intake_file (sha256);

create table validation_issue (
    issue_id       bigint generated always as identity primary key,
    file_id        bigint not null references intake_file,
    submission_id  bigint references submission,
    sheet          text,
    cell_ref       text,
    line_no        integer,
    indicator_code text,
    rule           text not null,
    severity       text not null check (severity in ('error', 'warning')),
    message_vi     text not null,
    message_en     text not null
);
create index validation_issue_file on validation_issue (file_id);
create index validation_issue_submission on validation_issue (submission_id);
