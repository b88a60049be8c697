package vn.dnnd.submission.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.NamedQueries;

/** intake_file and validation_issue rows, and an organisation's earlier years for the outlier check. */
@Repository
public class IntakeRecords {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final DataSource dataSource;

    public IntakeRecords(NamedParameterJdbcTemplate jdbc, NamedQueries queries, DataSource dataSource) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.dataSource = dataSource;
    }

    void insertFiles(List<PlannedFile.Recorded> files, OffsetDateTime receivedAt, Long jobExecutionId,
                     Function<PlannedFile, Long> bundleOf) {
        try (PgCopy rows = PgCopy.into(dataSource, "intake_file (file_id, file_name, sha256, byte_size, channel, "
                + "received_at, outcome, org_code, period_code, submission_id, error_count, warning_count, archived_path, "
                + "job_execution_id, error_report_path, submitted_by, duplicate_of, bundle_id, part_ref)")) {
            for (PlannedFile.Recorded f : files) {
                IngestItem item = f.item();
                rows.row(f.fileId(), item.file().name(), item.sha256(), item.file().byteSize(),
                        item.channel() == null ? null : item.channel().code(), receivedAt, f.outcome().code(),
                        item.orgCode(), item.periodCode(), submissionOf(f), f.errorCount(), f.warningCount(),
                        f.archivedPath().toString(), jobExecutionId,
                        f instanceof PlannedFile.Rejected ? ErrorReport.pathFor(f.archivedPath()).toString() : null,
                        item.submittedBy(), originalOf(f), bundleOf.apply(f), item.partRef());
            }
            rows.finish();
        }
    }

    /** The submission an accepted file became; null for any other. */
    private static Long submissionOf(PlannedFile file) {
        return file instanceof PlannedFile.Accepted accepted ? accepted.submissionId() : null;
    }

    /** The file a duplicate repeats; null for any other. */
    private static Long originalOf(PlannedFile file) {
        return file instanceof PlannedFile.Duplicate duplicate ? duplicate.duplicateOf() : null;
    }

    void insertIssues(List<PlannedFile.Recorded> files) {
        try (PgCopy rows = PgCopy.into(dataSource, "validation_issue (file_id, submission_id, sheet, cell_ref, line_no, "
                + "indicator_code, rule, severity, message_vi, message_en, file_name, value_text)")) {
            for (PlannedFile.Recorded f : files) {
                Long submissionId = submissionOf(f);
                for (Issue issue : f.issues()) {
                    Location at = issue.location();
                    rows.row(f.fileId(), submissionId, at.sheet(), at.cell(), at.line(), issue.indicatorCode(),
                            issue.rule().code(), issue.severity().code(), issue.messageVi(), issue.messageEn(),
                            issue.fileName(), issue.valueText());
                }
            }
            rows.finish();
        }
    }

    /**
     * The values of the new submissions that lie more than {@code factor} times above the highest or
     * below the lowest value their organisation reported for the same indicator in the accepted annual
     * submissions of the three years before (the submissions being written are left out; they are
     * already stored in this transaction). One query per chunk, compared in the database so only the
     * few outliers come back: each organisation's earlier submissions and their values are reached
     * through their indexes (lateral, so the planner never scans every value).
     */
    List<Outlier> outliers(List<Long> submissionIds, int factor) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = submissionIds.toArray(Long[]::new);
        return jdbc.query(queries.get("submission", "find-outliers"),
                new MapSqlParameterSource("ids", ids).addValue("factor", factor),
                (rs, n) -> new Outlier(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getInt(5), rs.getBoolean(6)));
    }

    /**
     * A new value out of line with its organisation's own history: the lowest and highest value of the
     * indicator over {@code years} earlier annual periods, and whether it is above ({@code high}) or below.
     */
    record Outlier(long submissionId, String indicatorCode, BigDecimal lowest, BigDecimal highest, int years,
                   boolean high) {
    }

    /** Every issue of one file, as stored, for its error report. */
    public List<IssueLine> issuesOf(long fileId) {
        return jdbc.query(queries.get("submission", "list-file-issues"), new MapSqlParameterSource("fileId", fileId),
                IntakeRecords::issueLine);
    }

    /** Every issue of every part of a multi-organisation file, part by part, for its error report. */
    List<IssueLine> issuesOfBundle(long bundleId) {
        return jdbc.query(queries.get("submission", "list-bundle-issues"), new MapSqlParameterSource("bundleId", bundleId),
                IntakeRecords::issueLine);
    }

    private static IssueLine issueLine(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new IssueLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** One line of an error report; organisation, period and part are set for a multi-organisation file. */
    public record IssueLine(String fileName, String severity, String rule, String sheet, String cell, Integer line,
                     String indicator, String value, String messageVi, String messageEn, String orgCode,
                     String periodCode, String partRef) {
    }
}
