-- bench compute: the bare GROUP BY the compute is measured against: the period's current submission
-- values summed and counted per region and indicator, read once, nothing written.
select o.region_id, v.indicator_code, count(v.numeric_value) as answers, sum(v.numeric_value) as total,
       count(*) filter (where v.boolean_value) as yes
from submission s
join organisation o on o.org_id = s.org_id
join submission_value v on v.submission_id = s.submission_id
where s.period_code = :period and s.status = 'accepted'
group by o.region_id, v.indicator_code
