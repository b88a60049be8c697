-- One more failed login; the account locks for :lockFor once :maxFailures failures follow one another.
-- Returns the new count and the lock, so the caller can audit the moment the account locks.
update app_user
set failed_logins = failed_logins + 1,
    locked_until = case when failed_logins + 1 >= :maxFailures then cast(:now as timestamptz) + :lockFor
                        else locked_until end
where login = :login
returning failed_logins, locked_until
