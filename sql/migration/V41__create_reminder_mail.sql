-- Every reminder mail sent, so a restarted or repeated reminder run never mails an organisation twice
-- for the same period and reminder.
create table reminder_mail (
    period_code      text not null references reporting_period,
    reminder         text not null,
    org_id           bigint not null references organisation,
    email            text not null,
    status           text not null check (status in ('not_submitted', 'rejected')),
    sent_at          timestamptz not null,
    job_execution_id bigint not null,
    primary key (period_code, reminder, org_id)
);
