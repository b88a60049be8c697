-- Which process ran each job execution: its node name (dnnd.node-name, or host:pid), recorded as the execution
-- takes its lease (LeasedJobs). With several serve nodes, `schedules list`, `jobs list` and the ADMIN pages
-- say which node is doing what. No foreign key: the row is bookkeeping beside Spring Batch's own tables and
-- must never stop a job from starting; executions made before this table have no row (shown without a node).
create table execution_node (
    job_execution_id bigint primary key,
    node             text not null check (length(node) between 1 and 200)
);
