-- portal, submitter: the files received for organisation :org (for period :period, or every period when it is
-- null), newest first: outcome, the version an accepted file became and whether it is still the current one,
-- when, channel, name, who sent it (uploaded_by: the portal login or API token; submitted_by: the preparer an
-- inbox file names), error and warning counts, and the reviewer's latest word on the version (why it was returned
-- or reopened). Parameters: :org (text), :period (text or null), :limit.
select f.file_id, f.period_code, f.outcome, s.version, s.status as version_status, f.received_at, f.channel,
       f.file_name, f.uploaded_by, f.submitted_by, s.on_time, f.error_count, f.warning_count,
       d.reason as review_reason, d.decided_by as reviewed_by
from intake_file f
left join submission s on s.submission_id = f.submission_id
left join lateral (select r.reason, r.decided_by from review_decision r where r.submission_id = s.submission_id
                   order by r.decision_id desc limit 1) d on true
where f.org_code = :org and (cast(:period as text) is null or f.period_code = cast(:period as text))
order by f.received_at desc, f.file_id desc
limit :limit
