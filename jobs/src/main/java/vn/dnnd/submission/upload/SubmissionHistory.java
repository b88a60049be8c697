package vn.dnnd.submission.upload;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.DataClassRowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.submission.ingest.ErrorReports;
import vn.dnnd.system.NamedQueries;

/**
 * What a submitter sees of its organisation: the periods open for it, the files it sent with their versions,
 * and a file's error report. Every question names the organisation, and every answer is limited to it: a file
 * is found by its intake id and its organisation together, never by a path from the request.
 */
@Service
public class SubmissionHistory {

    /** Enough for years of an organisation's files on one page (a few a year). */
    public static final int HISTORY_LIMIT = 200;

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ErrorReports errorReports;
    private final Clock clock;

    public SubmissionHistory(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ErrorReports errorReports,
                             Clock clock) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.errorReports = errorReports;
        this.clock = clock;
    }

    /** Today in Vietnam, the day the validation judges deadlines by. */
    public LocalDate today() {
        return clock.instant().atZone(VietnamTime.ZONE).toLocalDate();
    }

    /** The periods open today for the organisation, and the last one locked; newest first. */
    public List<OpenPeriod> periods(String orgCode) {
        return periods(orgCode, today());
    }

    /** The same as on {@code today}. */
    public List<OpenPeriod> periods(String orgCode, LocalDate today) {
        return jdbc.query(queries.get("submission", "list-open-periods"),
                new MapSqlParameterSource("org", orgCode).addValue("today", today),
                new DataClassRowMapper<>(OpenPeriod.class));
    }

    /** The organisation's files (of one period, or of all when {@code periodCode} is null), newest first. */
    public List<FileHistoryRow> files(String orgCode, String periodCode) {
        return jdbc.query(queries.get("submission", "list-organisation-files"),
                new MapSqlParameterSource("org", orgCode).addValue("period", periodCode)
                        .addValue("limit", HISTORY_LIMIT),
                new DataClassRowMapper<>(FileHistoryRow.class));
    }

    /** The error report of file {@code fileId} if it is one of the organisation's; empty otherwise, whatever it is. */
    public Optional<ErrorReportFile> errorReport(long fileId, String orgCode) {
        List<Long> found = jdbc.queryForList("select file_id from intake_file where file_id = :id and org_code = :org",
                new MapSqlParameterSource("id", fileId).addValue("org", orgCode), Long.class);
        return found.isEmpty() ? Optional.empty()
                : Optional.of(new ErrorReportFile(fileId, "bao-cao-loi-tep-" + fileId + ".csv", errorReports.ofFile(fileId)));
    }
}
