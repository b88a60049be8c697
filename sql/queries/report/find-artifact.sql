-- One recorded file by its id, with the edition it belongs to (a download names nothing else). Parameters: :id.
select artifact_id, kind, language, scope_code, file_path, bytes, sha256, created_at, period_code, edition
from report_artifact
where artifact_id = :id
