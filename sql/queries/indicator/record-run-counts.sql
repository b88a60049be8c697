-- Records on run :run how many reporters it expects, how many submissions it reads and how many it
-- leaves out. Parameters: :run, :expected, :submissions, :ignored.
update compute_run set expected = :expected, submissions = :submissions, ignored_submissions = :ignored
where run_id = :run
