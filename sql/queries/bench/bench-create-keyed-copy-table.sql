-- bench ingest: the table the keyed COPY writes into, the floor for any ingest that keeps the primary key:
-- submission_value's columns, defaults, checks and indexes (the key's index), no triggers. No parameters.
create table bench_copy_value (like submission_value including defaults including constraints including indexes)
