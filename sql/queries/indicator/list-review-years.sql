-- The annual periods inside review period :period, in order. Parameters: :period.
select y.code from reporting_period r
join reporting_period y on y.kind = 'annual' and y.starts_on >= r.starts_on and y.ends_on <= r.ends_on
where r.code = :period order by y.starts_on
