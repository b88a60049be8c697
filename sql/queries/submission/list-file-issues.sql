-- intake, error report: every issue of file :fileId, as stored, in the order found. Parameters: :fileId.
select v.file_name, v.severity, v.rule, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.value_text,
       v.message_vi, v.message_en, null, null, null
from validation_issue v where v.file_id = :fileId order by v.issue_id
