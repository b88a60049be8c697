-- Review of submissions (issue 14): how many versions of the period were awaiting review when a run froze
-- its inputs, and so left out of its figures (the version that counted before, if any, was read instead).
alter table compute_run
    add column awaiting_review integer check (awaiting_review >= 0);
