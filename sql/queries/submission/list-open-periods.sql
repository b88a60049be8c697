-- portal, submitter: the annual periods organisation :org reports for (period_reporter: the version of the
-- organisation in existence on the period's last day) that are open on :today, i.e. from their start to their
-- lock date, the days the validation receives a report; and the latest period already locked, to look back
-- at. Each with its dates, the organisation's name in the period and its current accepted version, if any, newest period first.
-- Parameters: :org (text), :today (date, Vietnam time).
with reporting as (
    select p.code, p.name_vi, p.name_en, p.starts_on, p.ends_on, p.due_on, p.locks_on, r.org_id,
           r.name_vi as org_name_vi, r.name_en as org_name_en,
           (:today between p.starts_on and p.locks_on) as open
    from reporting_period p
    join period_reporter r on r.period_code = p.code and r.code = :org
    where p.kind = 'annual' and p.starts_on <= :today
)
select g.code, g.name_vi, g.name_en, g.starts_on, g.ends_on, g.due_on, g.locks_on, g.open, g.org_name_vi,
       g.org_name_en,
       s.version as current_version, s.on_time as current_on_time, s.received_at as current_received_at
from reporting g
left join submission s on s.org_id = g.org_id and s.period_code = g.code and s.status = 'accepted'
where g.open or g.code = (select l.code from reporting l where not l.open order by l.locks_on desc limit 1)
order by g.ends_on desc
