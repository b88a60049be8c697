-- ingest summary: what job executions :ids did with each file: one line per single file and per part of a
-- multi-organisation file, with its first error (else warning), and one per multi-organisation file found
-- to be a duplicate as a whole; in the order stored. Parameters: :ids (a bigint array).
select * from (
    select f.file_name, f.outcome, f.org_code, f.period_code, s.version, s.on_time, f.error_count,
           f.warning_count, i.message_vi, i.message_en, f.archived_path, f.error_report_path, f.file_id
    from intake_file f
    left join submission s on s.submission_id = f.submission_id
    left join lateral (
        select message_vi, message_en from validation_issue v where v.file_id = f.file_id
        order by (v.severity = 'error') desc, v.issue_id limit 1
    ) i on true
    where f.job_execution_id = any (:ids)
    union all
    select b.file_name, b.outcome, null, null, null, null, 0, 1,
           'Cảnh báo: tệp ' || b.file_name || ': nội dung giống hệt tệp ' || o.file_name
               || ' đã nhận trước đó; tệp này được bỏ qua, không thay đổi dữ liệu [quy tắc: tệp trùng]',
           'Warning: file ' || b.file_name || ': identical to ' || o.file_name
               || ' received before; this file was skipped and changed nothing [rule: duplicate_file]',
           b.archived_path, null, 0
    from intake_bundle b join intake_bundle o on o.bundle_id = b.duplicate_of
    where b.job_execution_id = any (:ids) and b.outcome = 'duplicate'
) r order by r.file_id
