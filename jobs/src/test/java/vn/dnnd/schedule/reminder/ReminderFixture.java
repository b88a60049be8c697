package vn.dnnd.schedule.reminder;

import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.support.TestDatabase;

/**
 * Period 2025 as the reminder sees it: Hà Nội and MTTQ have accepted reports (Hà Nội's later resubmission
 * was rejected), Lào Cai sent only a rejected file with two errors and a warning, everyone else nothing.
 */
final class ReminderFixture {

    private static final String SHA_B = "b".repeat(64);
    private static final String SHA_C = "c".repeat(64);

    private ReminderFixture() {
    }

    static void build(JdbcTemplate jdbc) {
        TestDatabase.clearCollectedAndComputed(jdbc);
        jdbc.update("delete from reminder_mail");
        jdbc.update("update organisation set contact_email = null");
        accepted(jdbc, "HN", "2025-12-01T09:00:00+07", true);
        accepted(jdbc, "MTTQ", "2025-12-20T09:00:00+07", false);
        long laoCai = rejected(jdbc, "LAOCAI", "lao-cai-2025.xlsx", SHA_B, "2025-12-02T10:30:00+07");
        issue(jdbc, laoCai, "Chỉ tiêu", "D12", "T3.NEW_AGREEMENTS", "non_negative", "error",
                "Giá trị âm (-3) ở ô D12: số thỏa thuận không được âm", "Negative value (-3) in D12: agreements cannot be negative");
        issue(jdbc, laoCai, "Chỉ tiêu", "D20", "T4.NGO_AID_USD", "number_format", "error",
                "=SUM(D1:D9) không phải là số", "=SUM(D1:D9) is not a number");
        issue(jdbc, laoCai, "Chỉ tiêu", "D30", "T5.OVERSEAS_EVENTS", "outlier", "warning",
                "Cao bất thường so với năm trước", "Unusually high against last year");
        long hanoiAgain = rejected(jdbc, "HN", "ha-noi-2025-v2.csv", SHA_C, "2025-12-03T08:00:00+07");
        issue(jdbc, hanoiAgain, null, null, "T1.UNITS_DISSEMINATED", "required", "error",
                "Thiếu chỉ tiêu bắt buộc", "Required indicator missing");
    }

    private static void accepted(JdbcTemplate jdbc, String code, String receivedAt, boolean onTime) {
        jdbc.update("""
                insert into submission (org_id, period_code, version, status, channel, source_file_name, sha256,
                                        received_at, on_time)
                select org_id, '2025', 1, 'accepted', 'xlsx', ?, ?, ?::timestamptz, ?
                  from period_reporter where period_code = '2025' and code = ?
                """, code.toLowerCase() + "-2025.xlsx", String.format("%064x", code.hashCode() & 0xffffffffL), receivedAt,
                onTime, code);
    }

    private static long rejected(JdbcTemplate jdbc, String code, String file, String sha, String receivedAt) {
        return jdbc.queryForObject("""
                insert into intake_file (file_name, sha256, byte_size, channel, received_at, outcome, org_code, period_code,
                                         error_count, warning_count)
                values (?, ?, 2048, 'xlsx', ?::timestamptz, 'rejected', ?, '2025', 2, 1) returning file_id
                """, Long.class, file, sha, receivedAt, code);
    }

    private static void issue(JdbcTemplate jdbc, long fileId, String sheet, String cell, String indicator, String rule,
                              String severity, String vietnamese, String english) {
        jdbc.update("""
                insert into validation_issue (file_id, sheet, cell_ref, indicator_code, rule, severity, message_vi, message_en)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                """, fileId, sheet, cell, indicator, rule, severity, vietnamese, english);
    }
}
