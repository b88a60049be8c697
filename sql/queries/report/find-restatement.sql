-- Onto how many of today's administrative units (provinces) the reporters of :previous were put for the
-- comparison with :period: when every reporter of :period is today's organisation version and some of
-- :previous are not (merged or renamed since), their figures were restated onto today's units; else 0.
-- Parameters: :period, :previous.
select case when (select bool_and(org_id = today_org_id) from period_reporter where period_code = :period)
             and (select bool_or(org_id <> today_org_id) from period_reporter where period_code = :previous)
            then (select count(distinct today_org_id) from period_reporter
                  where period_code = :previous and kind = 'province')
            else 0 end
