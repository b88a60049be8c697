-- Versions of :period awaiting review when run :run froze its inputs: left out of every number (an
-- organisation's earlier accepted version, if any, counts instead). Parameters: :period.
select count(*) from submission s where s.period_code = :period and s.status = 'awaiting'
