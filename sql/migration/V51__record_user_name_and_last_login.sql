-- The administrators' pages (issue 14): a person's name beside the login, so that "hn.clerk2" is somebody,
-- and when each account last logged in, so that an account nobody uses any more can be noticed and disabled.

alter table app_user add column full_name text check (full_name is null or length(full_name) between 1 and 200);
alter table app_user add column last_login_at timestamptz;

-- Logins before this migration are in the audit trail already.
update app_user u
set last_login_at = (select max(e.at) from audit_event e where e.action = 'login_success' and e.actor = u.login);
