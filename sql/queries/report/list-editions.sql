-- The recorded editions of :period, or (null) of every period, oldest first. Parameters: :period (or null).
select period_code, edition, created_at, run_id, kinds, languages, directory from report_edition
where cast(:period as text) is null or period_code = :period
order by period_code, edition
