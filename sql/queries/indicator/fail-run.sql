-- computeJob ended without publishing: marks run :run failed with the reason and its duration, if it is
-- still running. Parameters: :run, :failure, :now.
update compute_run
set status = 'failed', failure = :failure, finished_at = :now,
    duration_ms = greatest(0, (extract(epoch from (cast(:now as timestamptz) - started_at)) * 1000)::bigint)
where run_id = :run and status = 'running'
