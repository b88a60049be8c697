-- reference summary: how many indicators in force on :on are derived (a ratio of two others).
-- Parameters: :on.
select count(*) from indicator
where numerator_code is not null and daterange(valid_from, valid_to, '[]') @> :on
