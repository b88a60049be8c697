-- Marks run :run completed (published) with the rows it wrote and its duration. Parameters: :run, :now,
-- :rows.
update compute_run
set status = 'completed', finished_at = :now, rows_written = :rows,
    duration_ms = greatest(0, (extract(epoch from (cast(:now as timestamptz) - started_at)) * 1000)::bigint)
where run_id = :run
