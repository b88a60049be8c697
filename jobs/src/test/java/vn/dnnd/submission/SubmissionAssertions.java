package vn.dnnd.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads a stored submission back and compares it with the answers that were written. */
public final class SubmissionAssertions {

    private SubmissionAssertions() {
    }

    public static long currentSubmission(JdbcTemplate jdbc, String orgCode, String period) {
        return jdbc.queryForObject("""
                select s.submission_id from submission s join organisation o on o.org_id = s.org_id
                where o.code = ? and s.period_code = ? and s.status = 'accepted'
                """, Long.class, orgCode, period);
    }

    public static void valuesEqual(JdbcTemplate jdbc, long submissionId, Map<String, Object> answers) {
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select indicator_code, numeric_value, boolean_value, not_applicable from submission_value where submission_id = ?",
                submissionId);
        assertThat(rows).extracting(r -> r.get("indicator_code")).containsExactlyInAnyOrderElementsOf(answers.keySet());
        assertThat(rows).extracting(r -> r.get("indicator_code")).doesNotContain(Answers.MISSING);
        for (Map<String, Object> row : rows) {
            String code = (String) row.get("indicator_code");
            Object expected = answers.get(code);
            if (expected == Answers.NOT_APPLICABLE) {
                assertThat(row.get("not_applicable")).as(code).isEqualTo(true);
                assertThat(row.get("numeric_value")).as(code).isNull();
                assertThat(row.get("boolean_value")).as(code).isNull();
            } else if (expected instanceof Boolean yes) {
                assertThat(row.get("boolean_value")).as(code).isEqualTo(yes);
                assertThat(row.get("numeric_value")).as(code).isNull();
            } else {
                assertThat((BigDecimal) row.get("numeric_value")).as(code).isEqualByComparingTo((BigDecimal) expected);
                assertThat(row.get("not_applicable")).as(code).isEqualTo(false);
            }
        }
    }
}
