-- Multi-organisation files ("bundles", issue 3): one CSV or JSON file carrying the submissions of
-- many organisations and periods, as a central body, a province's own software or the portal exports
-- them. The file is a row of intake_bundle; each organisation-period inside it (a "part") is a row of
-- intake_file as a single file would be, accepted, rejected or found duplicate on its own, with the
-- sha256 of the part's canonical content, so duplicate detection and restart work per part.

create table intake_bundle (
    bundle_id        bigint generated always as identity primary key,
    file_name        text not null,
    sha256           char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    byte_size        bigint not null check (byte_size >= 0),
    channel          text check (channel in ('csv', 'json')),
    received_at      timestamptz not null,
    -- 'split': read and divided into parts (each part has its own outcome in intake_file);
    -- 'rejected': unreadable as a whole (encoding, syntax, header), one rejected intake_file row says why;
    -- 'duplicate': the same bytes were ingested before, nothing was read.
    outcome          text not null check (outcome in ('split', 'rejected', 'duplicate')),
    part_count       integer not null default 0 check (part_count >= 0),
    accepted_count   integer not null default 0 check (accepted_count >= 0),
    rejected_count   integer not null default 0 check (rejected_count >= 0),
    duplicate_count  integer not null default 0 check (duplicate_count >= 0),
    archived_path    text,
    error_report_path text,
    job_execution_id bigint,
    duplicate_of     bigint references intake_bundle,
    constraint intake_bundle_duplicate_names_original check ((outcome = 'duplicate') = (duplicate_of is not null))
);
-- A bundle's bytes are read at most once (a restarted run only finishes archiving it).
create unique index intake_bundle_sha256_once on intake_bundle (sha256) where outcome <> 'duplicate';

alter table intake_file
    add column bundle_id bigint references intake_bundle,
    -- Where the part is in its bundle: "dòng 2–43" (CSV lines) or "$.submissions[7]" (JSON).
    add column part_ref  text;
create index intake_file_bundle on intake_file (bundle_id) where bundle_id is not null;
