-- Where each expected reporter of :period stands: its accepted submission, else its latest rejected file,
-- else nothing; those with only rejected files first, then those with nothing, then the submitted, each
-- by kind and name. Parameters: :period.
select r.code, r.name_vi, r.kind, coalesce(r.region_name_vi, '') as region_name_vi, o.contact_email,
       s.received_at as submitted_at, s.on_time, f.file_name, f.received_at as rejected_at, f.error_count
  from period_reporter r
  join organisation o on o.org_id = r.org_id
  left join submission s on s.org_id = r.org_id and s.period_code = r.period_code and s.status = 'accepted'
  left join lateral (select * from intake_file f
                      where f.org_code = r.code and f.period_code = r.period_code
                        and f.outcome = 'rejected'
                      order by f.received_at desc, f.file_id desc limit 1) f on true
 where r.period_code = :period
 order by case when s.submission_id is not null then 2 when f.file_id is not null then 0 else 1 end,
          r.kind, r.name_vi
