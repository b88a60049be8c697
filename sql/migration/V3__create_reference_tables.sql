-- Reference data: the directive's tasks, the indicator catalogue, regions in both schemes,
-- reporting organisations (effective-dated) and reporting periods.
-- Loaded from config/reference/*.csv by referenceDataJob; see README "Reference data".

-- Non-overlapping validity per organisation code needs equality on text inside a GiST index.
create extension if not exists btree_gist;

create table task (
    task_no           smallint primary key check (task_no between 1 and 8),
    code              text not null unique,
    short_name_vi     text not null,
    name_en           text not null,
    directive_text_vi text not null,
    constraint task_code_matches_number check (code = 'T' || task_no)
);

-- A region belongs to one scheme: 2023 (Resolution 81/2023, 63 provinces) or 2025 (34 units).
-- valid_to is the last day the grouping applies (inclusive); null means still in force.
create table region (
    region_id   text primary key,
    scheme      text not null check (scheme ~ '^[0-9]{4}$'),
    code        text not null check (code ~ '^[A-Z0-9_]+$'),
    name_vi     text not null,
    name_en     text not null,
    valid_from  date not null,
    valid_to    date,
    adopted_on  date,
    legal_basis text,
    sort_order  integer not null,
    constraint region_id_is_scheme_and_code check (region_id = scheme || ':' || code),
    constraint region_valid_from_before_valid_to check (valid_to is null or valid_from < valid_to),
    unique (scheme, code)
);

-- The same code can name two different bodies at different times (TUYENQUANG before and after
-- the 2025 merger), so an organisation version is identified by code plus validity.
create table organisation (
    org_id           bigint generated always as identity primary key,
    code             text not null check (code ~ '^[A-Z0-9_]+$'),
    valid_from       date not null,
    valid_to         date,
    kind             text not null check (kind in ('province', 'central_org', 'party_board', 'ministry')),
    subtype          text,
    name_vi          text not null,
    official_name_vi text not null,
    name_en          text not null,
    abbr             text,
    gso_code         text,
    region_id        text references region,
    successor_id     bigint references organisation deferrable initially deferred,
    reports          boolean not null default true,
    contact_email    text,
    note             text,
    constraint organisation_code_valid_from_unique unique (code, valid_from),
    constraint organisation_valid_from_before_valid_to check (valid_to is null or valid_from < valid_to),
    constraint organisation_province_has_region check (kind <> 'province' or region_id is not null),
    constraint organisation_successor_needs_end check (successor_id is null or valid_to is not null),
    constraint organisation_validity_no_overlap exclude using gist (
        code with =, daterange(valid_from, valid_to, '[]') with &&)
);
create index organisation_region on organisation (region_id);
create index organisation_successor on organisation (successor_id);

create table indicator (
    code             text primary key check (code ~ '^T[1-8]\.[A-Z0-9_]+$'),
    task_no          smallint not null references task,
    name_vi          text not null,
    name_en          text not null,
    definition_vi    text not null,
    definition_en    text not null,
    unit_vi          text not null,
    unit_en          text not null,
    value_type       text not null check (value_type in ('integer', 'decimal', 'boolean', 'percent')),
    aggregation      text not null check (aggregation in ('sum', 'share_yes', 'ratio_of_sums')),
    numerator_code   text references indicator deferrable initially deferred,
    denominator_code text references indicator deferrable initially deferred,
    reporter_kinds   text[] not null,
    required         boolean not null,
    at_most_code     text references indicator deferrable initially deferred,
    higher_is_better boolean not null default true,
    sort_order       integer not null,
    valid_from       date not null,
    valid_to         date,
    note             text,
    constraint indicator_code_matches_task check (substr(code, 2, 1)::smallint = task_no),
    constraint indicator_reporter_kinds_known check (
        reporter_kinds <@ array['province', 'central_org', 'party_board', 'ministry']::text[]),
    constraint indicator_ratio_has_parts check (
        (aggregation = 'ratio_of_sums') = (numerator_code is not null and denominator_code is not null)),
    constraint indicator_boolean_is_share_yes check ((value_type = 'boolean') = (aggregation = 'share_yes')),
    constraint indicator_derived_not_required check (not (required and numerator_code is not null)),
    constraint indicator_valid_from_before_valid_to check (valid_to is null or valid_from < valid_to)
);
create index indicator_task on indicator (task_no, sort_order);

create table reporting_period (
    code      text primary key check (code ~ '^[0-9]{4}(-[0-9]{4})?$'),
    kind      text not null check (kind in ('annual', 'review5y')),
    starts_on date not null,
    ends_on   date not null,
    due_on    date not null,
    locks_on  date not null,
    name_vi   text not null,
    name_en   text not null,
    constraint reporting_period_starts_before_ends check (starts_on < ends_on),
    constraint reporting_period_due_not_after_lock check (due_on <= locks_on)
);
