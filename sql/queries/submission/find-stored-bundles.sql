-- intake: the multi-organisation files already stored (not as duplicates) with one of the checksums
-- :sha256s. Parameters: :sha256s (a text array).
select sha256, bundle_id, outcome, archived_path, error_report_path, file_name, received_at
from intake_bundle where sha256 = any(:sha256s) and outcome <> 'duplicate'
