-- computeJob (issue 4): one published run per period, both hierarchy views on every computed table,
-- and what each run read (reporters, weights) so its numbers can be explained afterwards.

-- A run is 'running' while it builds its staging rows, 'completed' once swapped in (the published
-- results of its period), 'replaced' when a later run of the same period swaps in, 'failed' otherwise.
alter table compute_run drop constraint compute_run_status_check;
alter table compute_run add constraint compute_run_status_check
    check (status in ('running', 'completed', 'replaced', 'failed'));
create unique index compute_run_one_published on compute_run (period_code) where status = 'completed';

alter table compute_run
    add column period_kind          text check (period_kind in ('annual', 'review5y')),
    add column previous_period_code text references reporting_period,
    add column previous_run_id      bigint references compute_run,
    add column expected             integer check (expected >= 0),
    add column submissions          integer check (submissions >= 0),
    add column ignored_submissions  integer check (ignored_submissions >= 0),
    add column rows_written         integer check (rows_written >= 0),
    add column score_cap_percentile numeric check (score_cap_percentile > 0 and score_cap_percentile <= 1),
    add column score_min_coverage   numeric check (score_min_coverage >= 0 and score_min_coverage <= 1),
    add column failure              text;

-- The task-score weights a run used (from dnnd.scores), kept with the run.
create table compute_run_score_weight (
    run_id         bigint not null references compute_run,
    indicator_code text not null references indicator,
    weight         numeric not null check (weight > 0),
    primary key (run_id, indicator_code)
);

-- Readers ask for one scope of one period (period, scope kind, scope code, view): the primary key in
-- that order serves them and replaces the separate scope index, one index less to maintain per swap.
alter table indicator_value drop constraint indicator_value_pkey;
alter table indicator_value add primary key (period_code, scope_kind, scope_code, hierarchy, indicator_code);
drop index indicator_value_scope;

-- Completeness and task scores on both views: as reported (the region and kind of the organisation
-- version) and restated onto today's units (today's region and kind).
alter table completeness add column hierarchy text not null default 'as_reported'
    check (hierarchy in ('as_reported', 'restated'));
alter table completeness drop constraint completeness_pkey;
alter table completeness add primary key (period_code, scope_kind, scope_code, hierarchy);

alter table task_score add column hierarchy text not null default 'as_reported'
    check (hierarchy in ('as_reported', 'restated'));
alter table task_score
    -- organisation: share of the applicable weight that was answered; null for groups
    add column coverage numeric check (coverage between 0 and 1),
    -- region, org_kind, national: how many organisations' scores the mean is taken over
    add column members  integer check (members >= 0),
    -- how many were ranked in the same group (rank 2 of 34)
    add column ranked   integer check (ranked >= 1);
alter table task_score drop constraint task_score_pkey;
alter table task_score add primary key (period_code, scope_kind, scope_code, hierarchy, task_no);

-- The computed tables are written only by computeJob's swap, from rows it built by joining these very
-- reference tables; their foreign keys were checked row by row by triggers, which made up most of the
-- swap's time (350 of 450 ms for 7,400 rows; hours-long at benchmark size). compute_run_submission and
-- compute_run_score_weight keep theirs: they are small and record provenance.
alter table indicator_value drop constraint indicator_value_run_id_fkey,
                            drop constraint indicator_value_period_code_fkey,
                            drop constraint indicator_value_indicator_code_fkey;
alter table task_score drop constraint task_score_run_id_fkey,
                       drop constraint task_score_period_code_fkey,
                       drop constraint task_score_task_no_fkey;
alter table completeness drop constraint completeness_run_id_fkey,
                         drop constraint completeness_period_code_fkey;
