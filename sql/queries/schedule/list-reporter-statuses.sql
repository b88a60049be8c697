-- Where each expected reporter of :period stands: its accepted submission (the version that counts), its
-- version awaiting review, its latest version when a reviewer returned it and nothing newer came (with the
-- reviewer's reason), and its latest rejected file. Those to act on first (returned, or only rejected files),
-- then those with nothing, then those awaiting review, then the submitted, each by kind and name.
-- Parameters: :period.
select r.code, r.name_vi, r.kind, coalesce(r.region_name_vi, '') as region_name_vi, o.contact_email,
       s.received_at as submitted_at, s.on_time, f.file_name, f.received_at as rejected_at, f.error_count,
       a.version as awaiting_version,
       case when l.status = 'returned' then l.version end as returned_version,
       case when l.status = 'returned' then l.reason end as returned_reason
  from period_reporter r
  join organisation o on o.org_id = r.org_id
  left join submission s on s.org_id = r.org_id and s.period_code = r.period_code and s.status = 'accepted'
  left join submission a on a.org_id = r.org_id and a.period_code = r.period_code and a.status = 'awaiting'
  left join lateral (select l.version, l.status,
                            (select d.reason from review_decision d where d.submission_id = l.submission_id
                              order by d.decision_id desc limit 1) as reason
                       from submission l
                      where l.org_id = r.org_id and l.period_code = r.period_code
                      order by l.version desc limit 1) l on true
  left join lateral (select * from intake_file f
                      where f.org_code = r.code and f.period_code = r.period_code
                        and f.outcome = 'rejected'
                      order by f.received_at desc, f.file_id desc limit 1) f on true
 where r.period_code = :period
 order by case when s.submission_id is not null then 3 when a.submission_id is not null then 2
               when l.status = 'returned' or f.file_id is not null then 0 else 1 end,
          r.kind, r.name_vi
