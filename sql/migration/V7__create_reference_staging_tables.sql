-- Staging for referenceDataJob: each CSV is parsed into these tables (with its line numbers),
-- checked as a whole, and only then applied to the reference tables in one transaction.
-- Unlogged: they are rebuilt by every load and carry nothing worth recovering after a crash.

create unlogged table ref_stage_problem (
    file_name text not null,
    line_no   integer not null,
    message   text not null
);

create unlogged table ref_stage_task (
    line_no           integer not null,
    task_no           smallint not null,
    code              text not null,
    short_name_vi     text not null,
    name_en           text not null,
    directive_text_vi text not null
);

create unlogged table ref_stage_region (
    line_no     integer not null,
    region_id   text not null,
    scheme      text not null,
    code        text not null,
    name_vi     text not null,
    name_en     text not null,
    valid_from  date not null,
    valid_to    date,
    adopted_on  date,
    legal_basis text,
    sort_order  integer not null
);

create unlogged table ref_stage_organisation (
    line_no          integer not null,
    code             text not null,
    valid_from       date not null,
    valid_to         date,
    kind             text not null,
    subtype          text,
    name_vi          text not null,
    official_name_vi text not null,
    name_en          text not null,
    abbr             text,
    gso_code         text,
    region_id        text,
    successor_code   text,
    reports          boolean not null,
    note             text
);

create unlogged table ref_stage_indicator (
    line_no          integer not null,
    code             text not null,
    task_no          smallint not null,
    name_vi          text not null,
    name_en          text not null,
    definition_vi    text not null,
    definition_en    text not null,
    unit_vi          text not null,
    unit_en          text not null,
    value_type       text not null,
    aggregation      text not null,
    numerator_code   text,
    denominator_code text,
    reporter_kinds   text[] not null,
    required         boolean not null,
    at_most_code     text,
    higher_is_better boolean not null,
    sort_order       integer not null,
    valid_from       date not null,
    valid_to         date,
    note             text
);

create unlogged table ref_stage_period (
    line_no   integer not null,
    code      text not null,
    kind      text not null,
    starts_on date not null,
    ends_on   date not null,
    due_on    date not null,
    locks_on  date not null,
    name_vi   text not null,
    name_en   text not null
);
