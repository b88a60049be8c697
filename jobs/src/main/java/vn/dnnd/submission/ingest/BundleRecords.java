package vn.dnnd.submission.ingest;

import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.system.NamedQueries;

/** intake_bundle rows: one per multi-organisation file seen, whatever became of its parts. */
@Repository
public class BundleRecords {

    /** A bundle already stored, found again by its checksum. */
    record Stored(long bundleId, IntakeBundleOutcome outcome, String archivedPath, String errorReportPath,
                  String fileName, OffsetDateTime receivedAt) {

        /** As read from intake_bundle, the outcome by its stored code. */
        Stored(long bundleId, String outcomeCode, String archivedPath, String errorReportPath, String fileName,
               OffsetDateTime receivedAt) {
            this(bundleId, IntakeBundleOutcome.fromCode(outcomeCode), archivedPath, errorReportPath, fileName,
                    receivedAt);
        }
    }

    /** One row to write; the counts are those of the plan of its parts. */
    record Row(long bundleId, IngestBundle bundle, IntakeBundleOutcome outcome, Path archivedPath, Long duplicateOf,
               int parts, int accepted, int rejected, int duplicates, Path errorReportPath) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final DataSource dataSource;

    public BundleRecords(NamedParameterJdbcTemplate jdbc, NamedQueries queries, DataSource dataSource) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.dataSource = dataSource;
    }

    Map<String, Stored> stored(Collection<String> sha256s) {
        Map<String, Stored> stored = new HashMap<>();
        jdbc.query(queries.get("submission", "find-stored-bundles"),
                new MapSqlParameterSource("sha256s", sha256s.toArray(String[]::new)), rs -> {
            stored.put(rs.getString(1), new Stored(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getString(6), rs.getObject(7, OffsetDateTime.class)));
        });
        return stored;
    }

    void insert(List<Row> rows, OffsetDateTime receivedAt, Long jobExecutionId) {
        try (PgCopy copy = PgCopy.into(dataSource, "intake_bundle (bundle_id, file_name, sha256, byte_size, channel, "
                + "received_at, outcome, part_count, accepted_count, rejected_count, duplicate_count, archived_path, "
                + "error_report_path, job_execution_id, duplicate_of)")) {
            for (Row r : rows) {
                IngestBundle b = r.bundle();
                copy.row(r.bundleId(), b.file().name(), b.sha256(), b.file().byteSize(),
                        b.channel() == null ? null : b.channel().code(), receivedAt, r.outcome().code(), r.parts(),
                        r.accepted(), r.rejected(), r.duplicates(), r.archivedPath().toString(),
                        r.errorReportPath() == null ? null : r.errorReportPath().toString(), jobExecutionId,
                        r.duplicateOf());
            }
            copy.finish();
        }
    }
}
