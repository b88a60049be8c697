-- reminderJob: the expected reporters of a period with a contact address, no version that counts (accepted) and
-- none awaiting review (those sent their report), and no mail yet for this reminder; each with its latest
-- version when a reviewer returned it and nothing newer came (file, reason), and its latest rejected file if
-- that came after its latest version. Read by a JdbcCursorItemReader, which binds by position: 1 the period
-- code, 2 the reminder.
select r.org_id, r.code, r.name_vi, r.name_en, trim(o.contact_email) as email,
       (select f.file_id from intake_file f
         where f.org_code = r.code and f.period_code = r.period_code and f.outcome = 'rejected'
           and (l.received_at is null or f.received_at > l.received_at)
         order by f.received_at desc, f.file_id desc limit 1) as rejected_file_id,
       case when l.status = 'returned' then l.version end as returned_version,
       case when l.status = 'returned' then l.source_file_name end as returned_file_name,
       case when l.status = 'returned' then l.received_at end as returned_received_at,
       case when l.status = 'returned' then
            (select d.reason from review_decision d where d.submission_id = l.submission_id
              order by d.decision_id desc limit 1) end as returned_reason
  from period_reporter r
  join organisation o on o.org_id = r.org_id
  left join lateral (select l.submission_id, l.version, l.status, l.source_file_name, l.received_at
                       from submission l
                      where l.org_id = r.org_id and l.period_code = r.period_code
                      order by l.version desc limit 1) l on true
 where r.period_code = ? and nullif(trim(o.contact_email), '') is not null
   and not exists (select 1 from submission s where s.org_id = r.org_id and s.period_code = r.period_code
                      and s.status in ('accepted', 'awaiting'))
   and not exists (select 1 from reminder_mail m where m.period_code = r.period_code and m.reminder = ?
                      and m.org_id = r.org_id)
 order by r.code
