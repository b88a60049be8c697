-- What the mail about a returned version says (decision :decision): the version, its organisation and period,
-- the reviewer's reason, the version that still counts (if any) and where to write: the organisation's contact
-- address, on the organisation version of the submission or else on its latest version that has one (contacts
-- load sets it on the version in force on the day). Parameters: :decision.
select d.reason, d.decided_by, d.decided_at, s.version, s.source_file_name, s.received_at, s.org_id, o.code,
       o.name_vi, o.name_en, p.name_vi as period_name_vi, p.name_en as period_name_en, p.due_on, p.locks_on,
       coalesce(nullif(trim(o.contact_email), ''),
                (select trim(c.contact_email) from organisation c
                  where c.code = o.code and nullif(trim(c.contact_email), '') is not null
                  order by c.valid_from desc limit 1)) as email,
       (select a.version from submission a
         where a.org_id = s.org_id and a.period_code = s.period_code and a.status = 'accepted') as counted_version
  from review_decision d
  join submission s on s.submission_id = d.submission_id
  join organisation o on o.org_id = s.org_id
  join reporting_period p on p.code = s.period_code
 where d.decision_id = :decision and d.decision = 'return'
