package vn.dnnd.submission.ingest;

import java.math.BigDecimal;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Location;

/** intake_file and validation_issue rows, and the outlier query against an organisation's earlier years. */
@Repository
public class IntakeRecords {

    /** An accepted value far from the same organisation's values in earlier annual periods. */
    record OutlierCandidate(long submissionId, String indicatorCode, BigDecimal value, BigDecimal lowest,
                            BigDecimal highest, int years, String sourceRef) {
    }

    private final JdbcTemplate jdbc;

    public IntakeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertFiles(List<PlannedFile> files, OffsetDateTime receivedAt, Long jobExecutionId) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedFile f : files) {
            IngestItem item = f.item();
            rows.add(new Object[] {f.fileId(), item.file().name(), item.sha256(), item.file().byteSize(),
                    item.channel() == null ? null : item.channel().code(), receivedAt,
                    f.outcome().code(), item.orgCode(), item.periodCode(), f.submissionId(), f.errorCount(),
                    f.warningCount(), f.archivedPath().toString(), jobExecutionId,
                    f.outcome() == PlannedFile.Outcome.REJECTED ? ErrorReport.pathFor(f.archivedPath()).toString() : null,
                    item.submittedBy(), f.duplicateOf()});
        }
        jdbc.batchUpdate("""
                insert into intake_file (file_id, file_name, sha256, byte_size, channel, received_at, outcome, org_code,
                    period_code, submission_id, error_count, warning_count, archived_path, job_execution_id,
                    error_report_path, submitted_by, duplicate_of)
                overriding system value values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, rows, new int[] {Types.BIGINT, Types.VARCHAR, Types.CHAR, Types.BIGINT, Types.VARCHAR,
                Types.TIMESTAMP_WITH_TIMEZONE, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.INTEGER,
                Types.INTEGER, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.BIGINT});
    }

    void insertIssues(List<PlannedFile> files) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedFile f : files) {
            for (Issue issue : f.issues()) {
                Location at = issue.location();
                rows.add(new Object[] {f.fileId(), f.submissionId(), at.sheet(), at.cell(), at.line(),
                        issue.indicatorCode(), issue.rule().code(), issue.severity().code(), issue.messageVi(),
                        issue.messageEn(), issue.fileName(), issue.valueText()});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("""
                    insert into validation_issue (file_id, submission_id, sheet, cell_ref, line_no, indicator_code, rule,
                        severity, message_vi, message_en, file_name, value_text)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, rows, new int[] {Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.INTEGER,
                    Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                    Types.VARCHAR});
        }
    }

    /**
     * Values of the given submissions more than {@code factor} times above the organisation's highest
     * (or below its lowest) value of the same indicator in earlier annual periods: one query per chunk.
     */
    List<OutlierCandidate> outliers(List<Long> submissionIds, int factor) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query("""
                select s.submission_id, v.indicator_code, v.numeric_value, h.lowest, h.highest, h.years, v.source_ref
                from submission s
                join reporting_period p on p.code = s.period_code
                join submission_value v on v.submission_id = s.submission_id and v.numeric_value is not null
                join lateral (
                    select min(pv.numeric_value) as lowest, max(pv.numeric_value) as highest, count(*) as years
                    from submission ps
                    join reporting_period pp on pp.code = ps.period_code and pp.kind = 'annual' and pp.ends_on < p.starts_on
                    join submission_value pv on pv.submission_id = ps.submission_id
                         and pv.indicator_code = v.indicator_code and pv.numeric_value is not null
                    where ps.org_id = s.org_id and ps.status = 'accepted'
                ) h on h.years > 0
                where s.submission_id = any(?)
                  and (v.numeric_value > ? * greatest(h.highest, 2) or (h.lowest >= 10 and v.numeric_value * ? < h.lowest))
                order by s.submission_id, v.indicator_code
                """, (rs, n) -> new OutlierCandidate(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6), rs.getString(7)),
                submissionIds.toArray(Long[]::new), factor, factor);
    }

    /** Every issue of one file, as stored, for its error report. */
    List<IssueLine> issuesOf(long fileId) {
        return jdbc.query("""
                select file_name, severity, rule, sheet, cell_ref, line_no, indicator_code, value_text, message_vi, message_en
                from validation_issue where file_id = ? order by issue_id
                """, (rs, n) -> new IssueLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10)), fileId);
    }

    record IssueLine(String fileName, String severity, String rule, String sheet, String cell, Integer line,
                     String indicator, String value, String messageVi, String messageEn) {
    }
}
