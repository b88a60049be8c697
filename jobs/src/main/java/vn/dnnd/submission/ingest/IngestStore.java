package vn.dnnd.submission.ingest;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import vn.dnnd.submission.review.ReviewProperties;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.submission.validation.ValidatedSubmission;
import vn.dnnd.system.NamedQueries;

/** The SQL of ingestJob's writer; every call runs in the chunk's transaction. */
@Repository
public class IngestStore {

    /**
     * The newest version of one organisation and period, the current (accepted) one if any, and the one awaiting
     * review if any.
     */
    record Versions(int maxVersion, Long currentId, Long awaitingId) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final DataSource dataSource;
    private final ReviewProperties review;

    public IngestStore(NamedParameterJdbcTemplate jdbc, NamedQueries queries, DataSource dataSource,
                       ReviewProperties review) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.dataSource = dataSource;
        this.review = review;
    }

    /** Whether a new version waits for a reviewer (dnnd.review.required) or counts at once. */
    boolean reviewRequired() {
        return review.required();
    }

    Map<String, StoredFile> storedFiles(Collection<String> sha256s) {
        Map<String, StoredFile> stored = new HashMap<>();
        jdbc.query(queries.get("submission", "find-stored-files"),
                new MapSqlParameterSource("sha256s", sha256s.toArray(String[]::new)), rs -> {
            stored.putIfAbsent(rs.getString(1), new StoredFile(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                    rs.getObject(6, OffsetDateTime.class)));
        });
        return stored;
    }

    /** Identity values taken in advance, so a whole chunk can be written in bulk with its keys known. */
    List<Long> nextIds(String table, String column, int count) {
        if (count == 0) {
            return List.of();
        }
        return jdbc.queryForList("select nextval(pg_get_serial_sequence(:table, :column)) from generate_series(1, :count)",
                new MapSqlParameterSource("table", table).addValue("column", column).addValue("count", count), Long.class);
    }

    /**
     * Serialises writers of the same organisation and period (another ingest, the portal) until
     * commit; keys are taken in sorted order so two writers never deadlock.
     */
    void lockOrganisationPeriods(Collection<String> keys) {
        if (!keys.isEmpty()) {
            jdbc.query("select pg_advisory_xact_lock(hashtextextended(k, 0)) from (select unnest(:keys) as k order by 1) s",
                    new MapSqlParameterSource("keys", keys.stream().sorted().toArray(String[]::new)), rs -> { });
        }
    }

    Map<String, Versions> versions(List<Long> orgIds, List<String> periods) {
        Map<String, Versions> versions = new HashMap<>();
        jdbc.query(queries.get("submission", "find-versions"),
                new MapSqlParameterSource("orgIds", orgIds.toArray(Long[]::new))
                        .addValue("periods", periods.toArray(String[]::new)), rs -> {
            versions.put(rs.getLong(1) + ":" + rs.getString(2), new Versions(rs.getInt(3), rs.getObject(4, Long.class),
                    rs.getObject(5, Long.class)));
        });
        return versions;
    }

    void supersede(List<Long> submissionIds, OffsetDateTime at) {
        if (!submissionIds.isEmpty()) {
            jdbc.update("update submission set status = 'superseded', superseded_at = :at where submission_id = any(:ids)",
                    new MapSqlParameterSource("at", at).addValue("ids", submissionIds.toArray(Long[]::new)));
        }
    }

    void insertSubmissions(List<PlannedFile.Accepted> accepted, OffsetDateTime receivedAt) {
        // COPY writes the pre-allocated identity values as given (like INSERT … OVERRIDING SYSTEM VALUE).
        try (PgCopy rows = PgCopy.into(dataSource, "submission (submission_id, org_id, period_code, version, status, "
                + "channel, source_file_name, sha256, received_at, submitted_by, on_time, template_version, "
                + "catalogue_checksum, supersedes_id, superseded_at)")) {
            for (PlannedFile.Accepted file : accepted) {
                ValidatedSubmission s = file.item().submission();
                rows.row(file.submissionId(), s.orgId(), s.periodCode(), file.version(), file.status().code(),
                        s.channel().code(), file.item().file().name(), file.item().sha256(), receivedAt, s.submittedBy(),
                        s.onTime(), s.templateVersion(), s.catalogueChecksum(), file.supersedesId(),
                        file.status() == SubmissionVersionStatus.SUPERSEDED ? receivedAt : null);
            }
            rows.finish();
        }
    }

    /** Values, narratives and activity rows of the accepted files: one streamed COPY per table, one after the other. */
    void copyContent(List<PlannedFile.Accepted> accepted) {
        try (PgCopy values = PgCopy.into(dataSource, "submission_value (submission_id, indicator_code, numeric_value, "
                + "boolean_value, not_applicable, note, source_ref, period_code)")) {
            for (PlannedFile.Accepted file : accepted) {
                Long id = file.submissionId();
                String period = file.item().submission().periodCode();
                for (ValidatedSubmission.Value v : file.item().submission().values()) {
                    values.row(id, v.indicatorCode(), v.numeric(), v.bool(), v.notApplicable(), v.note(), v.sourceRef(),
                            period);
                }
            }
            values.finish();
        }
        try (PgCopy narratives = PgCopy.into(dataSource, "submission_narrative (submission_id, task_no, section, body)")) {
            for (PlannedFile.Accepted file : accepted) {
                for (ValidatedSubmission.Narrative n : file.item().submission().narratives()) {
                    narratives.row(file.submissionId(), n.taskNo(), n.section(), n.body());
                }
            }
            narratives.finish();
        }
        try (PgCopy activities = PgCopy.into(dataSource, "submission_activity (submission_id, line_no, task_no, "
                + "activity_date, kind, partner_country, partner_org, participants, amount, description)")) {
            for (PlannedFile.Accepted file : accepted) {
                for (ValidatedSubmission.Activity a : file.item().submission().activities()) {
                    activities.row(file.submissionId(), a.lineNo(), a.taskNo(), a.date(), a.kind(), a.partnerCountry(),
                            a.partnerOrg(), a.participants(), a.amount(), a.description());
                }
            }
            activities.finish();
        }
    }
}
