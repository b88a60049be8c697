-- The cluster mode's workers (README, "Running on several machines"). Each `worker` process (or `serve --work`)
-- keeps a row here while it runs: it beats every dnnd.cluster.heartbeat-seconds, says which partition it runs,
-- and deletes its row when it stops cleanly; a row whose beat is three beats late belongs to a worker that
-- died or lost the database, and `schedules list` and /admin/jobs show it as lost until a worker of that name
-- starts again (or a day has passed).
create table cluster_worker (
    node              text primary key check (length(node) between 1 and 200),
    started_at        timestamptz not null,
    heartbeat_at      timestamptz not null,
    step_execution_id bigint,
    step_name         text
);

-- Which node ran each partition (a step execution run by a worker). Bookkeeping beside Spring Batch's tables,
-- without a foreign key, like execution_node (V73).
create table step_execution_node (
    step_execution_id bigint primary key,
    node              text not null check (length(node) between 1 and 200)
);
