-- bench compute: the values of the current submissions of :period. Parameters: :period.
select count(*) from submission s join submission_value v using (submission_id)
where s.period_code = :period and s.status = 'accepted'
