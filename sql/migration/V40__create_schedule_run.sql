-- One row per scheduled occurrence: which schedule fired, for which job instance (its identifying
-- parameters), the latest Spring Batch execution, how many times the scheduler started or restarted it,
-- and how it ended. The scheduler reads it to restart failed or interrupted runs at the next fire, to
-- recover runs left STARTED by a killed instance, and to report runs it gave up on.
create table schedule_run (
    run_id           bigint generated always as identity primary key,
    schedule_name    text not null,
    job_name         text not null,
    occurrence       text not null,
    job_parameters   text not null,
    fired_at         timestamptz not null,
    last_fired_at    timestamptz not null,
    instance_name    text,
    job_execution_id bigint,
    attempts         integer not null default 0 check (attempts >= 0),
    skips            integer not null default 0 check (skips >= 0),
    outcome          text not null check (outcome in
                         ('pending', 'running', 'completed', 'failed', 'interrupted', 'stopped', 'skipped', 'gave_up')),
    message          text,
    updated_at       timestamptz not null,
    constraint schedule_run_occurrence_unique unique (schedule_name, occurrence)
);
create index schedule_run_open on schedule_run (schedule_name, fired_at)
    where outcome in ('pending', 'running', 'failed', 'interrupted', 'skipped');
create index schedule_run_execution on schedule_run (job_execution_id);
