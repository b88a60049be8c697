-- Beside an edition diff: how many versions of :period await review now. No edition counts them (compute reads
-- accepted versions only). Parameters: :period.
select count(*) from submission where period_code = :period and status = 'awaiting'
