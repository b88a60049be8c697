-- The files of edition :edition of :period, Vietnamese first, in the order written. Parameters: :period,
-- :edition.
select artifact_id, kind, language, scope_code, file_path, bytes, sha256, created_at from report_artifact
where period_code = :period and edition = :edition
order by case language when 'vi' then 0 else 1 end, artifact_id
