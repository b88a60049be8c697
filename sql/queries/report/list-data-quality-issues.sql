-- Every validation problem found in the files sent for :period, accepted or rejected, oldest file first.
-- Parameters: :period.
select coalesce(v.file_name, f.file_name), f.org_code, v.sheet, v.cell_ref, v.line_no,
       v.indicator_code, v.rule, v.severity, v.message_vi, v.message_en
from validation_issue v join intake_file f on f.file_id = v.file_id
where f.period_code = :period
order by f.received_at, f.file_id, v.issue_id
