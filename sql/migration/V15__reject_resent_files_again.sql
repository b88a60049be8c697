-- Issue 15: a file rejected before and sent again is checked again and rejected (or accepted) on its own,
-- with its own errors and its own organisation, never called a "duplicate" of the earlier rejection (nor an
-- empty file a duplicate of another organisation's empty file). Only accepted bytes are stored once; a
-- multi-organisation file's parts keep being recorded once (they are decided with their bundle).
drop index intake_file_sha256_once;
create unique index intake_file_sha256_accepted_once on intake_file (sha256) where outcome = 'accepted';
