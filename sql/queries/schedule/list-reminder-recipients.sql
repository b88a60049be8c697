-- reminderJob: the expected reporters of a period with a contact address, no accepted submission and no
-- mail yet for this reminder, each with its latest rejected file if any. Read by a JdbcCursorItemReader,
-- which binds by position: 1 the period code, 2 the reminder.
select r.org_id, r.code, r.name_vi, r.name_en, trim(o.contact_email) as email,
       (select f.file_id from intake_file f
         where f.org_code = r.code and f.period_code = r.period_code and f.outcome = 'rejected'
         order by f.received_at desc, f.file_id desc limit 1) as rejected_file_id
  from period_reporter r
  join organisation o on o.org_id = r.org_id
 where r.period_code = ? and nullif(trim(o.contact_email), '') is not null
   and not exists (select 1 from submission s where s.org_id = r.org_id and s.period_code = r.period_code
                      and s.status = 'accepted')
   and not exists (select 1 from reminder_mail m where m.period_code = r.period_code and m.reminder = ?
                      and m.org_id = r.org_id)
 order by r.code
