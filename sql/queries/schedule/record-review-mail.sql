-- Records the mail about one returned version: sent, failed (with why) or no_address. A decision is mailed
-- at most once. Parameters: :decision, :orgId, :email, :status, :error, :at.
insert into review_mail (decision_id, org_id, email, status, error, attempted_at)
values (:decision, :orgId, :email, :status, :error, :at)
on conflict (decision_id) do nothing
