-- V75 numbered each file by its place in the listing of the run that identified it. A restarted identifying step
-- lists the inbox again, and a file added or removed meanwhile would shift those places: two files on one number,
-- or one file on two. A file is now keyed by its name (unique in an inbox) and ordered by what the reading order
-- is made of: its modification time (nanoseconds since 1970), then its name. The rows are a running ingest's
-- scratch work, deleted when it completes: nothing to carry over.
drop table ingest_file_key;

create table ingest_file_key (
    job_instance_id bigint not null,
    file_name       text   not null check (length(file_name) between 1 and 1000),
    modified_nanos  bigint not null,
    org_code        text,
    period_code     text,
    sha256          text,
    primary key (job_instance_id, file_name)
);
