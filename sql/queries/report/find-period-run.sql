-- Period :period's kind and its published (completed) compute run with the previous period, if any, and how
-- many versions awaited review (left out) when that run froze its inputs.
-- Parameters: :period.
select p.kind, c.run_id, c.previous_period_code, c.awaiting_review from reporting_period p
left join compute_run c on c.period_code = p.code and c.status = 'completed'
where p.code = :period
