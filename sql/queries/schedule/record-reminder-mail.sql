-- Records one reminder mail sent (or failed) to an organisation. Parameters: :period, :reminder, :orgId,
-- :email, :status, :sentAt, :jobExecutionId.
insert into reminder_mail (period_code, reminder, org_id, email, status, sent_at, job_execution_id)
values (:period, :reminder, :orgId, :email, :status, :sentAt, :jobExecutionId)
