-- Review of submissions (issue 14). With dnnd.review.required on, an accepted file becomes a version
-- 'awaiting' review; a reviewer accepts it (status 'accepted': it counts, the one it displaces becomes
-- 'superseded') or returns it with a reason ('returned': it never counts). Versions stored before this
-- migration keep their status: what counted still counts.
alter table submission drop constraint submission_status_check;
alter table submission add constraint submission_status_check
    check (status in ('received', 'accepted', 'rejected', 'superseded', 'awaiting', 'returned'));

-- At most one version awaiting review per organisation and period: a newer upload replaces the older
-- awaiting one (which becomes 'superseded' without ever counting).
create unique index submission_one_awaiting on submission (org_id, period_code) where status = 'awaiting';

-- Every decision on a version, in order: the review's own audit trail.
create table review_decision (
    decision_id   bigint generated always as identity primary key,
    submission_id bigint not null references submission,
    decision      text not null check (decision in ('accept', 'return', 'reopen')),
    -- The state the version left and the one it took, as they were at the moment of the decision.
    from_status   text not null,
    to_status     text not null,
    reason        text check (reason is null or length(reason) <= 2000),
    decided_by    text not null,
    decided_at    timestamptz not null,
    -- Returning a version or reopening a decision always says why.
    constraint review_decision_reason_given check (decision = 'accept' or length(btrim(coalesce(reason, ''))) > 0)
);
create index review_decision_submission on review_decision (submission_id, decision_id desc);

-- After a period's lock date nothing changes for an organisation unless an administrator opens its
-- period again, until a given day: the exception, with who and why.
create table period_unlock (
    unlock_id    bigint generated always as identity primary key,
    org_id       bigint not null references organisation,
    period_code  text not null references reporting_period,
    open_until   date not null,
    reason       text not null check (length(btrim(reason)) between 1 and 2000),
    unlocked_by  text not null,
    unlocked_at  timestamptz not null
);
create index period_unlock_org_period on period_unlock (org_id, period_code, open_until desc);
