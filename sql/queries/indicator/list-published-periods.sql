-- The periods with a published (completed) compute run, newest first: the periods a reader can look at.
-- No parameters.
select p.code, p.name_vi, p.name_en, p.kind from reporting_period p
where exists (select 1 from compute_run c where c.period_code = p.code and c.status = 'completed')
order by p.ends_on desc, p.code desc
