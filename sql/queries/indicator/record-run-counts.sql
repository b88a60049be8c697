-- Records on run :run how many reporters it expects, how many submissions it reads and how many it
-- leaves out (not expected; awaiting review). Parameters: :run, :expected, :submissions, :ignored, :awaiting.
update compute_run set expected = :expected, submissions = :submissions, ignored_submissions = :ignored,
    awaiting_review = :awaiting
where run_id = :run
