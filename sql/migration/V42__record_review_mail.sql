-- Review of submissions (issue 14). The mail that tells an organisation its version was returned, one per
-- decision: sent, failed (with why), or not sent because the organisation has no contact address. It is sent
-- after the decision is kept and never undoes it; this table is where to look who was told.
create table review_mail (
    decision_id  bigint primary key references review_decision,
    org_id       bigint not null references organisation,
    email        text,
    status       text not null check (status in ('sent', 'failed', 'no_address')),
    error        text,
    attempted_at timestamptz not null
);

-- A reminder also goes to an organisation whose latest version was returned and not sent again.
alter table reminder_mail drop constraint reminder_mail_status_check;
alter table reminder_mail add constraint reminder_mail_status_check
    check (status in ('not_submitted', 'rejected', 'returned'));
