-- Uploads through the portal and the REST API (issue 13): who sent each file. A person's login, or
-- "token:<id>" for an organisation's API token; null for a file taken from an inbox (whose own
-- submitted_by, the preparer the file names, stays as it was).
alter table intake_file
    add column uploaded_by text;

-- An organisation's history of files, newest first (the submitter's history page and its error reports).
create index intake_file_org_received on intake_file (org_code, received_at desc) where org_code is not null;
