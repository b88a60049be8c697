package vn.dnnd.support;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * All test classes of one run share the embedded database under target/test-home (the context is
 * cached and test classes run one after another). A test that depends on collected or computed data
 * starts by clearing it and builds its own fixture; reference data is shared and loaded idempotently.
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    /** Empties every collected and computed table (submissions, intake files, indicator values, reports). */
    public static void clearCollectedAndComputed(JdbcTemplate jdbc) {
        jdbc.execute("""
                truncate report_edition_figure, report_edition_submission, report_edition, report_artifact_submission, report_artifact, completeness, task_score, indicator_value,
                         indicator_series, compute_run_score_weight, compute_run_submission, compute_run, validation_issue, intake_file, intake_bundle, submission_activity,
                         submission_narrative, submission_value, submission, period_unlock
                restart identity cascade
                """);
    }
}
