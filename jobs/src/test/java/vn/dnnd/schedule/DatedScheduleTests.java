package vn.dnnd.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import vn.dnnd.reports.text.VietnamTime;
import vn.dnnd.support.SchedulerTestBed;
import vn.dnnd.system.DatabaseServer;

/**
 * A schedule written against the period table ({@code at: "due HH:mm"}) fires on the clock for the period
 * whose due date it is, with {period} filled in, and runs reminderJob for real.
 */
@SpringBootTest
class DatedScheduleTests {

    @Autowired
    DatabaseServer embedded;

    @Test
    void anAtScheduleFiresOnThePeriodsDueDateForThatPeriod(@TempDir Path temp) {
        ZonedDateTime now = ZonedDateTime.now(VietnamTime.ZONE);
        // The next whole minute at least 15 s away: the trigger must be registered before it comes.
        ZonedDateTime target = now.plusSeconds(15).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
        LocalTime at = target.toLocalTime();
        try (SchedulerTestBed bed = new SchedulerTestBed(embedded, "dated")) {
            Path home = bed.home(temp, "dnnd_dated", """
                          due-day-status:
                            job: reminderJob
                            at: "due %s"
                            catch-up: PT1H
                            parameters:
                              period: "{period}"
                              reminder: "on-due-day"
                    """.formatted(at));
            try (ConfigurableApplicationContext instance = SchedulerTestBed.application(home)) {
                LocalDate today = target.toLocalDate();
                bed.jdbc().update("""
                        insert into reporting_period (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
                        values ('2099', 'annual', ?, ?, ?, ?, 'Báo cáo thử 2099', 'Test report 2099'),
                               ('2098', 'annual', ?, ?, ?, ?, 'Báo cáo thử 2098', 'Test report 2098')
                        """, today.minusDays(300), today.plusDays(10), today, today.plusDays(40),
                        today.minusDays(600), today.minusDays(300), today.minusDays(1), today.plusDays(1));
                instance.getBean(SchedulerService.class).start();

                await("the due-day run", Duration.ofSeconds(150), () -> bed.count(
                        "select count(*) from schedule_run where outcome in ('completed', 'failed', 'gave_up')") >= 1);
            }
            Map<String, Object> run = bed.jdbc().queryForMap("select occurrence, fired_at, outcome, attempts from schedule_run");
            assertThat(run).containsEntry("occurrence", "period=2099&reminder=on-due-day")
                    .containsEntry("outcome", "completed").containsEntry("attempts", 1);
            assertThat(((java.sql.Timestamp) run.get("fired_at")).toInstant()).isEqualTo(target.toInstant());
            assertThat(bed.count("select count(*) from schedule_run")).as("2098 was due yesterday, outside catch-up").isEqualTo(1);
            assertThat(home.resolve("reports/reminders/2099")).isDirectoryContaining(
                    file -> file.getFileName().toString().startsWith("trang-thai-nop-bao-cao-2099-on-due-day-")
                            && Files.isRegularFile(file));
        }
    }
}
