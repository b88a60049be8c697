-- The cluster mode's ingest (README, "Running on several machines"): its first partitioned step reads each inbox
-- file once and records here whose it is (organisation and period, or its checksum when it names none), in the
-- inbox's reading order; the second step groups the files by organisation, so that each organisation's files
-- are stored in that order by one partition, as one process stores them. Keyed by the job instance, which a
-- restart keeps; the rows of a run go when it completes.
create table ingest_file_key (
    job_instance_id bigint  not null,
    position        integer not null check (position >= 0),
    file_name       text    not null check (length(file_name) between 1 and 1000),
    org_code        text,
    period_code     text,
    sha256          text,
    primary key (job_instance_id, position)
);
