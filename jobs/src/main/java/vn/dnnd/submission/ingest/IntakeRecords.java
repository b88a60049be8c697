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

/** intake_file and validation_issue rows, and the outlier query against an organisation's earlier years. */
@Repository
public class IntakeRecords {

    /** An accepted value far from the same organisation's values in earlier annual periods. */
    record OutlierCandidate(long submissionId, String indicatorCode, BigDecimal value, BigDecimal lowest,
                            BigDecimal highest, int years, String sourceRef) {
    }

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    public IntakeRecords(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    void insertFiles(List<PlannedFile> files, OffsetDateTime receivedAt, Long jobExecutionId,
                     Function<PlannedFile, Long> bundleOf) {
        try (PgCopy rows = PgCopy.into(dataSource, "intake_file (file_id, file_name, sha256, byte_size, channel, "
                + "received_at, outcome, org_code, period_code, submission_id, error_count, warning_count, archived_path, "
                + "job_execution_id, error_report_path, submitted_by, duplicate_of, bundle_id, part_ref)")) {
            for (PlannedFile f : files) {
                IngestItem item = f.item();
                rows.row(f.fileId(), item.file().name(), item.sha256(), item.file().byteSize(),
                        item.channel() == null ? null : item.channel().code(), receivedAt, f.outcome().code(),
                        item.orgCode(), item.periodCode(), f.submissionId(), f.errorCount(), f.warningCount(),
                        f.archivedPath().toString(), jobExecutionId,
                        f.outcome() == PlannedFile.Outcome.REJECTED ? ErrorReport.pathFor(f.archivedPath()).toString() : null,
                        item.submittedBy(), f.duplicateOf(), bundleOf.apply(f), item.partRef());
            }
            rows.finish();
        }
    }

    void insertIssues(List<PlannedFile> files) {
        try (PgCopy rows = PgCopy.into(dataSource, "validation_issue (file_id, submission_id, sheet, cell_ref, line_no, "
                + "indicator_code, rule, severity, message_vi, message_en, file_name, value_text)")) {
            for (PlannedFile f : files) {
                for (Issue issue : f.issues()) {
                    Location at = issue.location();
                    rows.row(f.fileId(), f.submissionId(), at.sheet(), at.cell(), at.line(), issue.indicatorCode(),
                            issue.rule().code(), issue.severity().code(), issue.messageVi(), issue.messageEn(),
                            issue.fileName(), issue.valueText());
                }
            }
            rows.finish();
        }
    }

    /**
     * Values of the given submissions more than {@code factor} times above the organisation's highest
     * (or below its lowest) value of the same indicator in the three annual periods before: one query
     * per chunk.
     */
    List<OutlierCandidate> outliers(List<Long> submissionIds, int factor) {
        if (submissionIds.isEmpty()) {
            return List.of();
        }
        Long[] ids = submissionIds.toArray(Long[]::new);
        // Each organisation's history is fetched through its own index entries (the lateral subquery
        // is kept apart with OFFSET 0), then compared in bulk: one query per chunk, no probe per value.
        return jdbc.query("""
                with chunk as materialized (
                    select s.submission_id, s.org_id, p.starts_on
                    from submission s join reporting_period p on p.code = s.period_code
                    where s.submission_id = any(?)
                ), history as materialized (
                    select o.org_id, ps.ends_on, pv.indicator_code, pv.numeric_value
                    from (select org_id, min(starts_on) as first_start from chunk group by org_id) o
                    cross join lateral (
                        select s.submission_id, pp.ends_on from submission s
                        join reporting_period pp on pp.code = s.period_code and pp.kind = 'annual'
                        where s.org_id = o.org_id and s.status = 'accepted' and not s.submission_id = any(?)
                          and pp.ends_on > o.first_start - interval '3 years'
                        offset 0) ps
                    join submission_value pv on pv.submission_id = ps.submission_id and pv.numeric_value is not null
                ), bounds as (
                    select c.submission_id, h.indicator_code, min(h.numeric_value) as lowest,
                           max(h.numeric_value) as highest, count(*) as years
                    from chunk c join history h on h.org_id = c.org_id and h.ends_on < c.starts_on
                         and h.ends_on > c.starts_on - interval '3 years'
                    group by c.submission_id, h.indicator_code
                )
                select b.submission_id, b.indicator_code, v.numeric_value, b.lowest, b.highest, b.years, v.source_ref
                from bounds b
                join submission_value v on v.submission_id = b.submission_id and v.indicator_code = b.indicator_code
                where v.submission_id = any(?)
                  and (v.numeric_value > ? * greatest(b.highest, 2) or (b.lowest >= 10 and v.numeric_value * ? < b.lowest))
                order by 1, 2
                """, (rs, n) -> new OutlierCandidate(rs.getLong(1), rs.getString(2), rs.getBigDecimal(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getInt(6), rs.getString(7)), ids, ids, ids, factor, factor);
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
