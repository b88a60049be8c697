-- bench compute, in its own schema only (ComputeBenchmark checks current_schema() first): start from
-- empty collected and computed tables.
truncate report_artifact_submission, report_artifact, indicator_series, completeness, task_score, indicator_value,
         compute_run_score_weight, compute_run_submission, compute_run, validation_issue, intake_file,
         submission_activity, submission_narrative, submission_value, submission,
         compute_stage_reporter, indicator_value_stage, completeness_stage, task_score_stage, indicator_series_stage
restart identity cascade
