package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.operations.ApplicationJobs;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.referencedata.ReportingPeriods;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * The shipped schedules checked against this application's real jobs, as {@code serve} checks them at
 * start-up, and each schedule's job run with exactly the parameters a fire of that schedule produces.
 */
@SpringBootTest
class ShippedSchedulesTests {

    @Autowired
    ScheduleCatalog catalog;
    @Autowired
    ApplicationJobs jobs;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    JobOperator jobOperator;
    @Autowired
    ReferenceDataService reference;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void allFiveShippedSchedulesPassTheStartUpCheck() {
        assertThat(catalog.jobNames()).contains("annualJob", "ingestJob", "refreshJob", "reminderJob", "renderJob");
        assertThat(catalog.validated()).extracting(ScheduleDefinition::name)
                .containsExactly("annual", "intake", "nightly-refresh", "reminder-14", "reminder-3");
    }

    @Test
    void eachShippedScheduleLaunchesItsJobWithTheParametersAFireProduces() throws Exception {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        new SubmissionFixture(jdbc).submit("HN", "2026").number("T3.DELEGATIONS_OUT", 4);
        // 2026: fire times no other test uses, so every job instance here is new.
        List<String> order = List.of("intake", "nightly-refresh", "annual", "reminder-14", "reminder-3");
        List<ZonedDateTime> fires = List.of(at(2026, 3, 2, 10, 15), at(2026, 10, 20, 1, 30), at(2026, 12, 16, 6, 0),
                at(2026, 12, 1, 8, 0), at(2026, 12, 12, 8, 0));
        for (int i = 0; i < order.size(); i++) {
            ScheduleDefinition schedule = catalog.find(order.get(i)).orElseThrow();
            List<LaunchRequest> requests = new FirePlanner().plan(schedule, fires.get(i), periods.ofKind("annual"));
            assertThat(requests).as(schedule.name()).hasSize(1);
            JobExecution execution = jobOperator.start(jobs.job(schedule.jobName()), requests.get(0).parameters());
            assertThat(execution.getStatus()).as(schedule.name() + " " + execution.getAllFailureExceptions())
                    .isEqualTo(BatchStatus.COMPLETED);
        }
        assertThat(jdbc.queryForList("select distinct period_code from report_edition order by 1", String.class))
                .containsExactly("2026");
        assertThat(jdbc.queryForObject("select count(*) from report_edition", Integer.class)).as("refresh and annual")
                .isEqualTo(2);
    }

    @Test
    void theReviewScheduleOnceSwitchedOnComputesAndRendersTheFiveYearReview() throws Exception {
        reference.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        ScheduleDefinition review = catalog.find("review").orElseThrow();
        assertThat(review.enabled()).as("shipped off").isFalse();
        assertThat(catalog.validated()).doesNotContain(review);

        // A fire on 01/04/2027, the day after the review's due date, with the review periods of periods.csv.
        List<LaunchRequest> requests = new FirePlanner().plan(review, at(2027, 4, 1, 6, 0), periods.ofKind("review5y"));
        assertThat(requests).extracting(LaunchRequest::periodCode).containsExactly("2022-2026");
        JobExecution execution = jobOperator.start(jobs.job(review.jobName()), requests.get(0).parameters());
        assertThat(execution.getStatus()).as(execution.getAllFailureExceptions().toString())
                .isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("select kinds from report_edition where period_code = '2022-2026'", String.class))
                .isEqualTo("review,review-workbook");
    }

    private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, VietnamTime.ZONE);
    }
}
