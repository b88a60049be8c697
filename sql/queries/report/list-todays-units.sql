-- Today's regions and the reporters of :period that still exist today (no end date). Parameters: :period.
select region_id from region where valid_to is null
union all
select code from period_reporter where period_code = :period and valid_to is null
