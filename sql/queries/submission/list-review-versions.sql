-- review: the versions of a period a reviewer deals with (awaiting, accepted, returned; not those replaced
-- before anyone reviewed them), each with its intake warnings and the latest decision on it.
-- Parameters: :period, :state ('' for every state), :orgCodes (a text array; empty for every organisation),
-- :id (null; or one version, whatever its state, and :period null).
select s.submission_id, o.code, o.name_vi, o.name_en, s.period_code, s.version, s.status, s.received_at, s.on_time,
       s.source_file_name, coalesce(f.uploaded_by, s.submitted_by) as sent_by, coalesce(f.warning_count, 0),
       d.decision, d.reason, d.decided_by, d.decided_at
from submission s
join organisation o on o.org_id = s.org_id
left join lateral (select i.uploaded_by, i.warning_count from intake_file i
                   where i.submission_id = s.submission_id order by i.file_id limit 1) f on true
left join lateral (select r.decision, r.reason, r.decided_by, r.decided_at from review_decision r
                   where r.submission_id = s.submission_id order by r.decision_id desc limit 1) d on true
where (s.period_code = cast(:period as text) or cast(:id as bigint) is not null)
  and (s.status in ('awaiting', 'accepted', 'returned') or s.submission_id = cast(:id as bigint))
  and (cast(:id as bigint) is null or s.submission_id = cast(:id as bigint))
  and (:state = '' or s.status = :state)
  and (cardinality(:orgCodes::text[]) = 0 or o.code = any(:orgCodes::text[]))
order by o.code, s.version desc
