-- Who reported nationally, restated onto today's units, in each of the annual runs :runs.
-- Parameters: :runs (list).
select period_code, expected, submitted, on_time, late, missing from completeness
where run_id in (:runs) and scope_kind = 'national' and hierarchy = 'restated'
