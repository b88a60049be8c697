package vn.dnnd.submission.ingest;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.submission.validation.Issue;
import vn.dnnd.submission.validation.Location;

/** intake_file and validation_issue rows, and an organisation's earlier years for the outlier check. */
@Repository
public class IntakeRecords {

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public IntakeRecords(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
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
        return jdbc.query("""
                with chunk as materialized (
                    select s.submission_id, s.org_id, p.starts_on
                    from unnest(?::bigint[]) as c(submission_id)
                    join submission s on s.submission_id = c.submission_id
                    join reporting_period p on p.code = s.period_code
                ), earlier as materialized (
                    select c.submission_id as new_id, e.submission_id as old_id
                    from chunk c
                    cross join lateral (
                        select s.submission_id from submission s
                        join reporting_period pp on pp.code = s.period_code and pp.kind = 'annual'
                        where s.org_id = c.org_id and s.status = 'accepted'
                          and pp.ends_on < c.starts_on and pp.ends_on > c.starts_on - interval '3 years'
                          -- an array test: "not exists in chunk" was planned as a scan of the chunk per row
                          and s.submission_id <> all (?::bigint[])
                        offset 0) e
                ), bounds as (
                    select e.new_id, v.indicator_code, min(v.numeric_value) as lowest, max(v.numeric_value) as highest,
                           count(*) as years
                    from earlier e
                    cross join lateral (
                        select pv.indicator_code, pv.numeric_value from submission_value pv
                        where pv.submission_id = e.old_id and pv.numeric_value is not null offset 0) v
                    group by e.new_id, v.indicator_code
                ), news as materialized (
                    select c.submission_id, n.indicator_code, n.numeric_value
                    from chunk c
                    cross join lateral (
                        select nv.indicator_code, nv.numeric_value from submission_value nv
                        where nv.submission_id = c.submission_id and nv.numeric_value is not null offset 0) n
                )
                select b.new_id, b.indicator_code, b.lowest, b.highest, b.years,
                       n.numeric_value > ? * greatest(b.highest, 2) as high
                from bounds b
                join news n on n.submission_id = b.new_id and n.indicator_code = b.indicator_code
                where n.numeric_value > ? * greatest(b.highest, 2)
                   or (b.lowest >= 10 and n.numeric_value * ? < b.lowest)
                order by 1, 2
                """, (rs, n) -> new Outlier(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3), rs.getBigDecimal(4),
                rs.getInt(5), rs.getBoolean(6)), ids, ids, factor, factor, factor);
    }

    /**
     * A new value out of line with its organisation's own history: the lowest and highest value of the
     * indicator over {@code years} earlier annual periods, and whether it is above ({@code high}) or below.
     */
    record Outlier(long submissionId, String indicatorCode, BigDecimal lowest, BigDecimal highest, int years,
                   boolean high) {
    }

    /** Every issue of one file, as stored, for its error report. */
    List<IssueLine> issuesOf(long fileId) {
        return jdbc.query("""
                select v.file_name, v.severity, v.rule, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.value_text,
                       v.message_vi, v.message_en, null, null, null
                from validation_issue v where v.file_id = ? order by v.issue_id
                """, IntakeRecords::issueLine, fileId);
    }

    /** Every issue of every part of a multi-organisation file, part by part, for its error report. */
    List<IssueLine> issuesOfBundle(long bundleId) {
        return jdbc.query("""
                select v.file_name, v.severity, v.rule, v.sheet, v.cell_ref, v.line_no, v.indicator_code, v.value_text,
                       v.message_vi, v.message_en, f.org_code, f.period_code, f.part_ref
                from intake_file f join validation_issue v on v.file_id = f.file_id
                where f.bundle_id = ? order by f.file_id, v.issue_id
                """, IntakeRecords::issueLine, bundleId);
    }

    private static IssueLine issueLine(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new IssueLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                (Integer) rs.getObject(6), rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), rs.getString(12), rs.getString(13));
    }

    /** One line of an error report; organisation, period and part are set for a multi-organisation file. */
    record IssueLine(String fileName, String severity, String rule, String sheet, String cell, Integer line,
                     String indicator, String value, String messageVi, String messageEn, String orgCode,
                     String periodCode, String partRef) {
    }
}
