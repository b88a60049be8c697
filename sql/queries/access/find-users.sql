-- Users with their roles and organisations; :login null lists every user.
select u.user_id, u.login, u.full_name, u.password_hash, u.must_change_password, u.enabled, u.failed_logins,
       u.locked_until, u.created_at, u.last_login_at,
       coalesce((select array_agg(r.role order by r.role) from app_user_role r where r.user_id = u.user_id),
                '{}') as roles,
       coalesce((select array_agg(o.org_code order by o.org_code) from app_user_organisation o
                 where o.user_id = u.user_id), '{}') as organisations
from app_user u
where cast(:login as text) is null or u.login = :login
order by u.login
