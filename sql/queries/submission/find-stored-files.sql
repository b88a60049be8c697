-- intake: the files already stored (not as duplicates) with one of the checksums :sha256s; for each checksum the
-- accepted file first, else the latest rejection (a rejected file may be sent, and rejected, again).
-- Parameters: :sha256s (a text array).
select sha256, file_id, outcome, archived_path, file_name, received_at from intake_file
where sha256 = any(:sha256s) and outcome <> 'duplicate'
order by (outcome = 'accepted') desc, file_id desc
