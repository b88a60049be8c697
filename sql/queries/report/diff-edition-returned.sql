-- Beside an edition diff: the organisations of :period whose latest version a reviewer returned for correction
-- and which have sent nothing newer (nor have a version awaiting review), with the latest decision's reason.
-- Parameters: :period.
select o.code, o.name_vi, s.version,
       (select d.reason from review_decision d where d.submission_id = s.submission_id
         order by d.decision_id desc limit 1) as reason
  from submission s
  join organisation o on o.org_id = s.org_id
 where s.period_code = :period and s.status = 'returned'
   and not exists (select 1 from submission n where n.org_id = s.org_id and n.period_code = s.period_code
                      and (n.version > s.version or n.status = 'awaiting'))
 order by o.code
