package vn.dnnd.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.system.WrongUsageException;
import vn.dnnd.system.HomeDirectory;

/**
 * First step of renderJob: checks the period has published results, settles the kinds and languages
 * asked for, and takes the next edition number of the period. A restart keeps this plan.
 */
class PrepareRenderTasklet implements Tasklet {

    static final String PERIOD = "period";
    static final String KINDS = "kinds";
    static final String LANGUAGES = "lang";

    private final NamedParameterJdbcTemplate jdbc;
    private final ReportKinds kinds;
    private final HomeDirectory home;
    private final Clock clock;

    PrepareRenderTasklet(NamedParameterJdbcTemplate jdbc, ReportKinds kinds, HomeDirectory home, Clock clock) {
        this.jdbc = jdbc;
        this.kinds = kinds;
        this.home = home;
        this.clock = clock;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        JobExecution job = chunkContext.getStepContext().getStepExecution().getJobExecution();
        JobParameters parameters = job.getJobParameters();
        String period = parameters.getString(PERIOD, "").strip();
        long runId = EditionQueries.publishedRun(jdbc, period);
        String periodKind = jdbc.queryForObject("select kind from reporting_period where code = :period",
                new MapSqlParameterSource("period", period), String.class);
        List<String> chosen = kinds.choose(parameters.getString(KINDS), periodKind);
        List<ReportLanguage> languages = languages(parameters.getString(LANGUAGES));
        Integer edition = jdbc.queryForObject(
                "select coalesce(max(edition), 0) + 1 from report_edition where period_code = :period",
                new MapSqlParameterSource("period", period), Integer.class);
        new RenderPlan(period, runId, edition, chosen, languages,
                OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS),
                home.reports().resolve(".staging").resolve(period + "-" + job.getJobInstanceId()))
                .storeIn(job);
        return RepeatStatus.FINISHED;
    }

    /** "vi,en" (the default), "vi" or "en"; Vietnamese first whatever the order given. */
    static List<ReportLanguage> languages(String list) {
        if (list == null || list.isBlank()) {
            return List.of(ReportLanguage.VI, ReportLanguage.EN);
        }
        Set<ReportLanguage> asked = new LinkedHashSet<>();
        for (String code : Arrays.stream(ListParameter.split(list)).map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            try {
                asked.add(ReportLanguage.fromCode(code));
            } catch (IllegalArgumentException e) {
                throw new WrongUsageException("Ngôn ngữ không hỗ trợ \"" + code + "\": chọn vi, en hoặc vi,en",
                        "unsupported language \"" + code + "\": use vi, en or vi,en");
            }
        }
        List<ReportLanguage> ordered = new ArrayList<>();
        for (ReportLanguage language : ReportLanguage.values()) {
            if (asked.contains(language)) {
                ordered.add(language);
            }
        }
        return ordered;
    }
}
