-- The periods that have at least one edition, newest period first, with how many editions and the
-- latest one. No parameters.
select e.period_code, p.name_vi, p.name_en, count(*) as editions, max(e.edition) as latest,
       max(e.created_at) as latest_at
from report_edition e join reporting_period p on p.code = e.period_code
group by e.period_code, p.name_vi, p.name_en, p.starts_on
order by p.starts_on desc, e.period_code desc
