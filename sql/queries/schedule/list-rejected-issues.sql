-- The errors of rejected files, file by file in the order received, at most :limit. ReminderQueries
-- formats in the condition that picks the files (f.period_code = :period, or f.file_id = :fileId).
-- Parameters: :limit, and :period or :fileId.
select f.file_name, f.received_at, f.org_code, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.rule,
       v.message_vi, v.message_en
  from intake_file f
  join validation_issue v on v.file_id = f.file_id and v.severity = 'error'
 where f.outcome = 'rejected' and %s
 order by f.received_at, f.file_id, v.issue_id
 limit :limit
