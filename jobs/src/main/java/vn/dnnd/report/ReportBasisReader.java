package vn.dnnd.report;

import java.text.Collator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.DocumentHeader;
import vn.dnnd.reports.model.Indicator;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.OrganisationStatus;
import vn.dnnd.reports.model.Period;
import vn.dnnd.reports.model.ReportMeta;
import vn.dnnd.reports.model.Scope;
import vn.dnnd.reports.model.ScopeKind;
import vn.dnnd.reports.model.SubmissionState;
import vn.dnnd.reports.model.Task;
import vn.dnnd.reports.model.ValueType;
import vn.dnnd.reports.text.Labels;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.DnndException;
import vn.dnnd.system.NamedQueries;

/** Reads the {@link ReportBasis} of an annual period; call it inside a {@link ReportSnapshot}. */
@Repository
public class ReportBasisReader {

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedQueries queries;
    private final ReportSettings settings;

    public ReportBasisReader(NamedParameterJdbcTemplate jdbc, NamedQueries queries, ReportSettings settings) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.settings = settings;
    }

    public ReportBasis read(ReportRequest request) {
        MapSqlParameterSource at = new MapSqlParameterSource("period", request.periodCode());
        PublishedRun run = publishedRun(request.periodCode(), at);
        at.addValue("run", run.runId());
        Map<String, Scope> regions = regions(at);
        List<OrganisationStatus> statuses = statuses(at, regions);
        Map<String, Scope> organisations = new LinkedHashMap<>();
        statuses.forEach(status -> organisations.put(status.code(), Scope.organisation(status.code(), status.name())));
        Map<String, Scope> kinds = new LinkedHashMap<>();
        for (OrganisationKind kind : OrganisationKind.values()) {
            kinds.put(kind.code(), new Scope(ScopeKind.ORG_KIND, kind.code(), Labels.both("kind." + kind.code()), null));
        }
        ReportMeta meta = new ReportMeta(header(request.generatedAt()), period(request.periodCode()),
                run.previousPeriod() == null ? null : period(run.previousPeriod()), request.edition(),
                request.generatedAt(), request.sources(), run.awaitingReview());
        List<String> today = jdbc.queryForList(queries.get("report", "list-todays-units"), at, String.class);
        return new ReportBasis(run.runId(), meta, tasks(), indicators(), regions, kinds, statuses, organisations,
                Set.copyOf(today));
    }

    private record PublishedRun(long runId, String previousPeriod, int awaitingReview) {
    }

    private PublishedRun publishedRun(String period, MapSqlParameterSource at) {
        List<Map<String, Object>> found = jdbc.queryForList(queries.get("report", "find-period-run"), at);
        if (found.isEmpty()) {
            throw new DnndException("Không có kỳ báo cáo " + period, "no reporting period " + period);
        }
        Map<String, Object> row = found.get(0);
        if (!"annual".equals(row.get("kind"))) {
            throw new DnndException("Kỳ " + period + " không phải kỳ báo cáo năm", "period " + period + " is not annual");
        }
        if (row.get("run_id") == null) {
            throw new DnndException("Kỳ " + period + " chưa được tính; hãy chạy: compute --period " + period,
                    "period " + period + " has not been computed; run: compute --period " + period);
        }
        Number awaiting = (Number) row.get("awaiting_review");
        return new PublishedRun(((Number) row.get("run_id")).longValue(), (String) row.get("previous_period_code"),
                awaiting == null ? 0 : awaiting.intValue());
    }

    DocumentHeader header(OffsetDateTime generatedAt) {
        LocalDate date = generatedAt.atZoneSameInstant(VietnamTime.ZONE).toLocalDate();
        return new DocumentHeader(settings.superiorBody(), settings.issuingBody(), settings.documentNumber(),
                settings.place(), date, null, settings.recipients(),
                settings.signature().of(settings.issuingBodyKind()));
    }

    Period period(String code) {
        return jdbc.queryForObject("select code, name_vi, name_en, starts_on, ends_on from reporting_period where code = :code",
                new MapSqlParameterSource("code", code), (rs, n) -> new Period(rs.getString(1),
                        Bilingual.of(rs.getString(2), rs.getString(3)), Bilingual.of("Năm " + code, code),
                        rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
    }

    List<Task> tasks() {
        return jdbc.query("select task_no, code, short_name_vi, name_en, directive_text_vi from task order by task_no",
                (rs, n) -> new Task(rs.getInt(1), rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)),
                        rs.getString(5)));
    }

    Map<String, Indicator> indicators() {
        Map<String, Indicator> indicators = new LinkedHashMap<>();
        jdbc.query("select code, task_no, name_vi, name_en, unit_vi, unit_en, value_type from indicator order by task_no, sort_order",
                rs -> {
                    indicators.put(rs.getString(1), new Indicator(rs.getString(1), rs.getInt(2),
                            Bilingual.of(rs.getString(3), rs.getString(4)), Bilingual.of(rs.getString(5), rs.getString(6)),
                            ValueType.valueOf(rs.getString(7).toUpperCase(Locale.ROOT))));
                });
        return indicators;
    }

    Map<String, Scope> regions(MapSqlParameterSource at) {
        Map<String, Scope> regions = new LinkedHashMap<>();
        jdbc.query(queries.get("report", "list-regions"), at, rs -> {
            regions.put(rs.getString(1), Scope.region(rs.getString(2), Bilingual.of(rs.getString(3), rs.getString(4)),
                    settings.regionShortName(rs.getString(2))));
        });
        return regions;
    }

    /**
     * Every expected reporter with the submission version the published run read (not a version that
     * arrived since, which the figures do not contain yet); ordered by kind, region and Vietnamese name.
     */
    private List<OrganisationStatus> statuses(MapSqlParameterSource at, Map<String, Scope> regions) {
        List<String> regionOrder = List.copyOf(regions.keySet());
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        Map<OrganisationStatus, String> regionOf = new LinkedHashMap<>();
        jdbc.query(queries.get("report", "list-organisation-statuses"), at, rs -> {
            Integer version = rs.getObject(5, Integer.class);
            SubmissionState state = version == null ? SubmissionState.MISSING
                    : rs.getBoolean(7) ? SubmissionState.ON_TIME : SubmissionState.LATE;
            String regionId = rs.getString(4);
            regionOf.put(new OrganisationStatus(rs.getString(1), rs.getString(2), OrganisationKind.fromCode(rs.getString(3)),
                    regionId == null ? null : regions.get(regionId), state, version,
                    rs.getObject(6, OffsetDateTime.class)), regionId == null ? "" : regionId);
        });
        Comparator<OrganisationStatus> order = Comparator.comparing((OrganisationStatus s) -> s.kind().ordinal())
                .thenComparing(s -> regionOrder.indexOf(regionOf.get(s)))
                .thenComparing(OrganisationStatus::name, vietnamese);
        return regionOf.keySet().stream().sorted(order).toList();
    }
}
