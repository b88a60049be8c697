package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.system.DnndException;

/** The schedules file: the shipped defaults, the checks on a bad entry, and what a fire launches when. */
class ScheduleDefinitionTests {

    private static final List<ReportingPeriod> PERIODS = List.of(
            period("2025", LocalDate.of(2025, 12, 15)), period("2026", LocalDate.of(2026, 12, 15)));
    private static final Set<String> MERGED_JOBS = Set.of("ingestJob", "refreshJob", "annualJob", "reminderJob");

    @Test
    void theShippedSchedulesNameTheFourPipelineJobsAndFollowThePeriodDates() throws IOException {
        Map<String, ScheduleDefinition> shipped = definitions(new ClassPathResource("schedules.yml"));

        assertThat(shipped).containsOnlyKeys("intake", "nightly-refresh", "annual", "review", "reminder-14",
                "reminder-3");
        shipped.values().forEach(definition -> ScheduleCatalog.checkJobExists(definition, MERGED_JOBS));
        assertThat(shipped.get("intake").jobName()).isEqualTo("ingestJob");
        assertThat(shipped.get("intake").timing().triggerCron()).isEqualTo("0 0/15 * * * ?");
        assertThat(shipped.get("nightly-refresh").jobName()).isEqualTo("refreshJob");
        assertThat(shipped.get("annual").jobName()).isEqualTo("annualJob");
        assertThat(shipped.get("annual").timing()).hasToString("due+1d 06:00");
        assertThat(shipped.get("reminder-14").timing()).hasToString("due-14d 08:00");
        assertThat(shipped.get("reminder-3").timing()).hasToString("due-3d 08:00");
        assertThat(shipped.values()).allSatisfy(definition -> assertThat(definition.zone()).isEqualTo(VietnamTime.ZONE));
    }

    @Test
    void aTypoInAJobNameIsOneClearLine() throws IOException {
        ScheduleDefinition typo = definitions(yaml("""
                typo:
                  job: ingestJb
                  cron: "0 0/15 * * * ?"
                """)).get("typo");
        assertThatThrownBy(() -> ScheduleCatalog.checkJobExists(typo, MERGED_JOBS))
                .isInstanceOf(DnndException.class)
                .hasMessage("Lịch 'typo': không có job \"ingestJb\" trong ứng dụng (schedule 'typo': no job named "
                        + "\"ingestJb\"; jobs: annualJob, ingestJob, refreshJob, reminderJob)");
    }

    @Test
    void badCronZoneDatesAndPlaceholdersAreRejectedNamingTheScheduleAndField() {
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  cron: \"0 0/15 * * *\"\n")))
                .hasMessageStartingWith("Lịch 'bad': biểu thức cron không hợp lệ \"0 0/15 * * *\"")
                .hasMessageContaining("(schedule 'bad': invalid cron expression");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  cron: \"0 * * * * ?\"\n  zone: Asia/Hanoy\n")))
                .hasMessage("Lịch 'bad': múi giờ không hợp lệ \"Asia/Hanoy\" (schedule 'bad': invalid time zone \"Asia/Hanoy\")");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  at: \"due+1 06:00\"\n")))
                .hasMessageContaining("invalid at: \"due+1 06:00\"");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  cron: \"0 * * * * ?\"\n  parameters:\n    period: \"{period}\"\n")))
                .hasMessageContaining("parameter period uses {period}, not available here ({period} needs at: or during:)");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  at: \"due 06:00\"\n  parameters:\n    p: \"{year}\"\n")))
                .hasMessageContaining("parameter p uses {year}");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  cron: \"0 * * * * ?\"\n  misfire: replay\n")))
                .hasMessageContaining("invalid misfire \"replay\" (skip or fire-once)");
        assertThatThrownBy(() -> definitions(yaml("bad:\n  job: x\n  cron: \"0 * * * * ?\"\n  at: \"due 06:00\"\n")))
                .hasMessageContaining("give exactly one of cron: or at:");
    }

    @Test
    void aDatedScheduleLaunchesOncePerPeriodFromItsDateWithinTheCatchUpWindow() throws IOException {
        ScheduleDefinition annual = definitions(new ClassPathResource("schedules.yml")).get("annual");
        FirePlanner planner = new FirePlanner();

        assertThat(planner.plan(annual, at(2025, 12, 15, 6, 0), PERIODS)).isEmpty();
        assertThat(planner.plan(annual, at(2025, 12, 16, 6, 0), PERIODS)).extracting(LaunchRequest::occurrence)
                .containsExactly("period=2025");
        assertThat(planner.plan(annual, at(2025, 12, 23, 6, 0), PERIODS)).as("last day of the 7-day catch-up").hasSize(1);
        assertThat(planner.plan(annual, at(2025, 12, 24, 6, 0), PERIODS)).isEmpty();

        // The due date moved in periods.csv: the schedule moves with it.
        List<ReportingPeriod> edited = List.of(period("2025", LocalDate.of(2025, 12, 10)));
        assertThat(planner.plan(annual, at(2025, 12, 11, 6, 0), edited)).extracting(LaunchRequest::periodCode)
                .containsExactly("2025");
    }

    @Test
    void theFiveYearReviewHasAnAnnualCounterpartThatIsOffByDefault() throws IOException {
        ScheduleDefinition review = definitions(new ClassPathResource("schedules.yml")).get("review");
        ScheduleDefinition annual = definitions(new ClassPathResource("schedules.yml")).get("annual");

        assertThat(review.enabled()).as("off until the office switches it on").isFalse();
        assertThat(annual.enabled()).isTrue();
        assertThat(review.periodKind()).isEqualTo("review5y");
        assertThat(review.jobName()).as("compute, then render: a review has nothing of its own to ingest")
                .isEqualTo("refreshJob");
        assertThat(review.timing()).hasToString(annual.timing().toString());
        // Its period in periods.csv: 2022-2026, due 31/03/2027.
        ReportingPeriod fiveYears = new ReportingPeriod("2022-2026", "review5y", LocalDate.of(2022, 1, 1),
                LocalDate.of(2026, 12, 31), LocalDate.of(2027, 3, 31), LocalDate.of(2027, 6, 30), "Sơ kết", "Review");
        List<LaunchRequest> fires = new FirePlanner().plan(review, at(2027, 4, 1, 6, 0), List.of(fiveYears));
        assertThat(fires).extracting(LaunchRequest::periodCode).containsExactly("2022-2026");
        assertThat(fires.get(0).parameters().getString("period")).isEqualTo("2022-2026");
    }

    @Test
    void theNightlyRefreshRunsOnlyInTheReportingSeasonWithThatPeriod() throws IOException {
        ScheduleDefinition refresh = definitions(new ClassPathResource("schedules.yml")).get("nightly-refresh");
        FirePlanner planner = new FirePlanner();

        assertThat(planner.plan(refresh, at(2025, 10, 15, 1, 30), PERIODS)).isEmpty();
        LaunchRequest first = planner.plan(refresh, at(2025, 10, 16, 1, 30), PERIODS).get(0);
        assertThat(first.parameters().getString("period")).isEqualTo("2025");
        assertThat(first.parameters().getString("runDate")).isEqualTo("2025-10-16");
        assertThat(planner.plan(refresh, at(2026, 1, 31, 1, 30), PERIODS)).hasSize(1);
        assertThat(planner.plan(refresh, at(2026, 2, 1, 1, 30), PERIODS)).isEmpty();
    }

    @Test
    void intakeGetsItsInboxAndFireTimeWithOffsetAndTypedValuesAreConverted() throws IOException {
        ScheduleDefinition intake = definitions(new ClassPathResource("schedules.yml")).get("intake");
        LaunchRequest request = new FirePlanner().plan(intake, at(2025, 11, 2, 10, 15), PERIODS).get(0);
        assertThat(request.occurrence()).isEqualTo("allowLocked=false&inbox=inbox&receivedAt=2025-11-02T10:15:00+07:00");

        ScheduleDefinition typed = definitions(yaml("""
                typed:
                  job: x
                  cron: "0 * * * * ?"
                  parameters:
                    asOf: "{fireTime},java.time.LocalDateTime"
                """)).get("typed");
        LaunchRequest typedRequest = new FirePlanner().plan(typed, at(2025, 11, 2, 10, 15), PERIODS).get(0);
        assertThat(typedRequest.parameters().getLocalDateTime("asOf")).isEqualTo(LocalDateTime.of(2025, 11, 2, 10, 15));
        assertThat(ParameterTemplate.deserialize(ParameterTemplate.serialize(typedRequest.parameters())))
                .isEqualTo(typedRequest.parameters());
    }

    @Test
    void upcomingFiresAreThePeriodDatesNotTheDailyCheck() throws IOException {
        Map<String, ScheduleDefinition> shipped = definitions(new ClassPathResource("schedules.yml"));
        UpcomingFires upcoming = new UpcomingFires();

        assertThat(upcoming.next(shipped.get("reminder-14"), at(2025, 11, 1, 0, 0), PERIODS, 3))
                .extracting(fire -> fire.at().toLocalDateTime() + " " + fire.periodCode())
                .containsExactly("2025-12-01T08:00 2025", "2026-12-01T08:00 2026");
        assertThat(upcoming.next(shipped.get("intake"), at(2025, 11, 2, 10, 7), PERIODS, 3))
                .extracting(fire -> fire.at().toLocalTime().toString())
                .containsExactly("10:15", "10:30", "10:45");
        assertThat(upcoming.next(shipped.get("nightly-refresh"), at(2025, 6, 1, 0, 0), PERIODS, 2))
                .extracting(fire -> fire.at().toLocalDateTime() + " " + fire.periodCode())
                .containsExactly("2025-10-16T01:30 2025", "2025-10-17T01:30 2025");
    }

    private static Map<String, ScheduleDefinition> definitions(Resource resource) throws IOException {
        var sources = new YamlPropertySourceLoader().load("schedules", resource);
        ScheduleProperties properties = new Binder(ConfigurationPropertySources.from(sources))
                .bind("dnnd.schedule", ScheduleProperties.class).get();
        Map<String, ScheduleDefinition> definitions = new java.util.TreeMap<>();
        properties.schedules().forEach((name, entry) -> definitions.put(name, ScheduleParser.parse(name, entry, properties)));
        return definitions;
    }

    private static Resource yaml(String schedules) {
        String indented = schedules.lines().map(line -> "      " + line).reduce("", (a, b) -> a + b + "\n");
        return new ByteArrayResource(("dnnd:\n  schedule:\n    zone: Asia/Ho_Chi_Minh\n    max-attempts: 3\n    schedules:\n"
                + indented).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VietnamTime.ZONE);
    }

    private static ReportingPeriod period(String code, LocalDate due) {
        int year = Integer.parseInt(code);
        return new ReportingPeriod(code, "annual", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), due,
                LocalDate.of(year + 1, 1, 31), "Báo cáo năm " + code, "Annual report " + code);
    }
}
