-- Intake bookkeeping for ingestJob (issue 3): what each file became, where it went, and enough on
-- every validation issue to print it without the file at hand.

alter table intake_file
    add column error_report_path text,
    add column submitted_by      text,
    -- For outcome 'duplicate': the earlier file with the same sha256 that was ingested.
    add column duplicate_of      bigint references intake_file,
    add constraint intake_file_duplicate_names_original check ((outcome = 'duplicate') = (duplicate_of is not null));

-- A file's content is ingested (accepted or rejected) at most once, whatever happens to the
-- process in between: a restarted job that meets the same file again finds this row and only
-- finishes archiving it; a later upload of the same bytes is recorded as a duplicate.
create unique index intake_file_sha256_once on intake_file (sha256) where outcome <> 'duplicate';
create index intake_file_received on intake_file (received_at);

alter table validation_issue
    add column file_name  text,
    -- The value as it was written in the file (trimmed, at most 200 characters), when there is one.
    add column value_text text;

-- Versions of one organisation and period, newest first (history and outlier lookups).
create index submission_org_period on submission (org_id, period_code, version desc);
