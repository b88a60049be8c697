-- intake, error report: every issue of every part of multi-organisation file :bundleId, part by part, with
-- the part's organisation, period and reference. Parameters: :bundleId.
select v.file_name, v.severity, v.rule, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.value_text,
       v.message_vi, v.message_en, f.org_code, f.period_code, f.part_ref
from intake_file f join validation_issue v on v.file_id = f.file_id
where f.bundle_id = :bundleId order by f.file_id, v.issue_id
