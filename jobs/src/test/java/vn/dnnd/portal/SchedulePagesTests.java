package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.access.Role;

/**
 * The administrator's schedules pages over real HTTP: every configured schedule with its next fires, latest run
 * and state; the runs needing attention; the serve instances alive; and "run now" (confirmation, POST, started
 * page), which runs the test configuration's cheap jobs (PortalTestServer) for real, audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SchedulePagesTests extends PortalTestServer {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern MOMENT = Pattern.compile("name=\"at\" value=\"(\\d+)\"");
    private static final Pattern STARTED = Pattern.compile("/admin/schedules/([a-z0-9-]+)/started/(\\d+)");
    private static final DateTimeFormatter PAGE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Autowired
    Scheduler quartz;

    private PortalClient admin;
    private String adminLogin;

    @BeforeAll
    void anAdministratorAndThisInstanceInTheCluster() throws SchedulerException {
        startQuartz(quartz, jdbc);
        Account account = account("schedules-admin", Set.of(Role.ADMIN));
        adminLogin = account.login();
        admin = anonymous();
        admin.login(account.login(), account.oneTimePassword()).expectRedirect("/password");
        admin.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
    }

    /**
     * What `serve` does for this process's scheduler, without the schedules' triggers (none of them must fire
     * during the tests): the instance joins the Quartz cluster and checks in, as a serve instance does.
     */
    static void startQuartz(Scheduler quartz, JdbcTemplate jdbc) throws SchedulerException {
        if (!quartz.isStarted()) {
            quartz.start();
        }
        String instance = quartz.getSchedulerInstanceId();
        await("this instance checked in to the cluster", Duration.ofSeconds(30), () -> jdbc.queryForObject(
                "select count(*) from qrtz_scheduler_state where instance_name = ?", Integer.class, instance) == 1);
    }

    @Test
    void thePageShowsEveryScheduleWithItsNextFiresAndTheInstanceAlive() throws SchedulerException {
        String page = admin.get("/admin/schedules").expectStatus(200).text();

        assertThat(page).contains("Lịch chạy tự động", "intake", "nightly-refresh", "annual", "reminder-14", "reminder-3",
                "portal-probe", "probeJob", "fire={fireTime}", "mỗi kỳ annual: due-3d 08:00",
                // a cron expression is never broken across lines
                "cron " + "0 0 3 * * ?".replace(' ', '\u00A0'));
        ZonedDateTime now = ZonedDateTime.now(VIETNAM);
        LocalDate probeDay = now.toLocalTime().isBefore(LocalTime.of(3, 0)) ? now.toLocalDate() : now.toLocalDate().plusDays(1);
        assertThat(row(page, "portal-probe")).contains(PAGE_TIME.format(probeDay.atTime(3, 0)),
                PAGE_TIME.format(probeDay.plusDays(1).atTime(3, 0)), "Đang bật");
        String reminder = row(page, "reminder-3");
        nextReminder3(now).ifPresentOrElse(
                fire -> assertThat(reminder).contains(PAGE_TIME.format(fire.getKey()) + " (kỳ " + fire.getValue() + ")"),
                () -> assertThat(reminder).contains("Không có (không có kỳ báo cáo phù hợp)"));

        assertThat(page).contains("Phiên bản serve đang hoạt động", quartz.getSchedulerInstanceId(), "(phiên bản này)")
                .doesNotContain("không chạy bộ lập lịch (serve --no-scheduler)");
    }

    @Test
    void thePageShowsTheClusterWorkersAliveOrLostAndWhatEachRuns() {
        jdbc.update("""
                insert into cluster_worker (node, started_at, heartbeat_at, step_execution_id, step_name) values
                ('page-worker-a', now() - interval '5 minutes', now(), 4711, 'renderPartitionStep:render:region:vi:DNB'),
                ('page-worker-b', now() - interval '2 hours', now() - interval '10 minutes', null, null)""");
        try {
            String page = admin.get("/admin/schedules").expectStatus(200).text();

            assertThat(page).contains("Worker của cụm máy");
            assertThat(workerRow(page, "page-worker-a")).contains("sống", "renderPartitionStep:render:region:vi:DNB", "4711");
            assertThat(workerRow(page, "page-worker-b")).contains("mất liên lạc", "rảnh");
        } finally {
            jdbc.update("delete from cluster_worker where node like 'page-worker-%'");
        }
    }

    @Test
    void theEnglishPagesSayTheSameInEnglish() {
        PortalClient english = loggedIn("schedules-en", Set.of(Role.ADMIN));
        String page = english.get("/admin/schedules?lang=en").expectStatus(200).text();
        assertThat(page).contains("<h1>Schedules</h1>", "Next fires", "Serve instances alive", "(this instance)",
                "each annual period: due-3d 08:00", "Run now…").doesNotContain("Lịch chạy tự động");
        assertThat(english.get("/admin/schedules/portal-probe/run").text()).contains("Run schedule portal-probe now",
                "Parameters passed to the job", "Run now</button>");
    }

    @Test
    void runNowShowsTheExactParametersThenStartsTheJobInTheBackgroundAudited() {
        String list = admin.get("/admin/schedules").text();
        assertThat(row(list, "portal-probe")).contains("href=\"/admin/schedules/portal-probe/run\"");

        String confirm = admin.get("/admin/schedules/portal-probe/run").expectStatus(200).text();
        long moment = moment(confirm);
        String fire = Instant.ofEpochSecond(moment).atZone(VIETNAM).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"));
        assertThat(confirm).contains("Chạy ngay lịch portal-probe", "probeJob", "<code>fire</code>",
                "<code>" + fire + "</code>", "String", "Chạy ngay</button>");
        // This schedule's runs only: the failing probe's parameter is "fire=…" too, and may be run in the same second.
        assertThat(jdbc.queryForObject("select count(*) from schedule_run where schedule_name = 'portal-probe' "
                + "and occurrence = ?", Integer.class, "fire=" + fire)).as("nothing runs before the confirmation").isZero();

        PortalClient.Response posted = admin.postForm("/admin/schedules/portal-probe/run", Map.of("at", Long.toString(moment)));
        long execution = startedExecution(posted, "portal-probe");

        String started = admin.get("/admin/schedules/portal-probe/started/" + execution).expectStatus(200).text();
        assertThat(started).contains("Đã khởi động probeJob: lần chạy #" + execution, "fire=" + fire,
                "href=\"/admin/jobs/" + execution + "\"");
        await("probeJob ran with the parameters shown", Duration.ofSeconds(60), () -> probed(jdbc, execution, fire));
        await("the run recorded as completed", Duration.ofSeconds(60), () -> "completed".equals(jdbc.queryForObject(
                "select outcome from schedule_run where job_execution_id = ?", String.class, execution)));
        assertThat(jdbc.queryForMap("select actor, action, target, detail from audit_event where action = 'schedule_run_now' "
                + "and detail like ?", "%#" + execution + ":%"))
                .containsEntry("actor", adminLogin).containsEntry("target", "schedule:portal-probe")
                .containsEntry("detail", "probeJob #" + execution + ": fire=" + fire);

        String after = row(admin.get("/admin/schedules").text(), "portal-probe");
        assertThat(after).contains("Hoàn thành", "href=\"/admin/jobs/" + execution + "\"", "fire=" + fire);
    }

    @Test
    void runningAScheduleWhileItsRunIsGoingIsRefusedWithAClearMessage() {
        long moment = moment(admin.get("/admin/schedules/portal-slow/run").text());
        long first = startedExecution(admin.postForm("/admin/schedules/portal-slow/run",
                Map.of("at", Long.toString(moment))), "portal-slow");
        try {
            String again = admin.get("/admin/schedules/portal-slow/run").expectStatus(200).text();
            assertThat(again).contains("Không chạy được:", "Lịch portal-slow đang chạy: chunkedJob lần chạy #" + first,
                    "href=\"/admin/jobs/" + first + "\"").doesNotContain("Chạy ngay</button>");

            PortalClient.Response refused = admin.postForm("/admin/schedules/portal-slow/run",
                    Map.of("at", Long.toString(moment + 1)));
            refused.expectStatus(409);
            assertThat(refused.text()).contains("Lịch portal-slow đang chạy: chunkedJob lần chạy #" + first,
                    "hãy chờ lần chạy đó kết thúc rồi thử lại");
            assertThat(jdbc.queryForObject("""
                    select count(*) from batch_job_execution e join batch_job_instance i using (job_instance_id)
                     where i.job_name = 'chunkedJob' and e.job_execution_id > ?""", Integer.class, first))
                    .as("no second run").isZero();
            assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'schedule_run_now' "
                    + "and target = 'schedule:portal-slow'", Integer.class)).as("only the run that started").isEqualTo(1);
        } finally {
            // Let the slow run go fast now (the test job reads its pace at every chunk), and wait for its end.
            jdbc.execute("create table if not exists chunk_pace (target text primary key, pause_ms bigint not null)");
            String target = jdbc.queryForObject("select parameter_value from batch_job_execution_params "
                    + "where job_execution_id = ? and parameter_name = 'target'", String.class, first);
            jdbc.update("insert into chunk_pace (target, pause_ms) values (?, 0)", target);
            await("the slow run ended", Duration.ofSeconds(60), () -> !"running".equals(jdbc.queryForObject(
                    "select outcome from schedule_run where job_execution_id = ?", String.class, first)));
        }
    }

    @Test
    void aFailedRunIsListedAsNeedingAttention() {
        long moment = moment(admin.get("/admin/schedules/portal-failing/run").text());
        long execution = startedExecution(admin.postForm("/admin/schedules/portal-failing/run",
                Map.of("at", Long.toString(moment))), "portal-failing");
        await("the scheduler gave up after its one attempt", Duration.ofSeconds(60), () -> "gave_up".equals(
                jdbc.queryForObject("select outcome from schedule_run where job_execution_id = ?", String.class, execution)));

        String page = admin.get("/admin/schedules").text();
        String attention = page.substring(page.indexOf("<h2>Cần xử lý</h2>"), page.indexOf("<h2>Chưa hoàn thành</h2>"));
        assertThat(attention).contains("portal-failing", "Đã thử đủ số lần, cần xử lý", "href=\"/admin/jobs/" + execution + "\"",
                "this test job always fails");
        assertThat(row(page, "portal-failing")).contains("Đã thử đủ số lần, cần xử lý");
    }

    @Test
    void aConfirmationTooOldOrMissingIsShownAgainForNowAndRunsNothing() {
        long moment = moment(admin.get("/admin/schedules/portal-probe/run").text());
        int before = jdbc.queryForObject("select count(*) from schedule_run", Integer.class);
        for (String at : new String[] {Long.toString(moment - 3600), "", "soon"}) {
            PortalClient.Response again = admin.postForm("/admin/schedules/portal-probe/run", Map.of("at", at));
            again.expectStatus(409);
            assertThat(again.text()).contains("Trang xác nhận đã mở quá 10 phút", "Chạy ngay</button>");
        }
        assertThat(jdbc.queryForObject("select count(*) from schedule_run", Integer.class)).isEqualTo(before);
        assertThat(admin.get("/admin/schedules/no-such-schedule/run").expectStatus(404).text())
                .contains("Không có lịch &quot;no-such-schedule&quot; trong cấu hình");
    }

    /** Whether probeJob's execution recorded its run with this {@code fire} parameter (its table comes with its first run). */
    static boolean probed(JdbcTemplate jdbc, long execution, String fire) {
        try {
            return jdbc.queryForObject("select count(*) from schedule_probe where job_execution_id = ? and fire = ?",
                    Integer.class, execution, fire) == 1;
        } catch (BadSqlGrammarException notYet) {
            return false;
        }
    }

    /** The table row of one schedule. */
    static String row(String page, String schedule) {
        int start = page.indexOf("id=\"schedule-" + schedule + "\"");
        assertThat(start).as("row of %s", schedule).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    private static String workerRow(String page, String node) {
        int start = page.indexOf("id=\"worker-" + node + "\"");
        assertThat(start).as("row of worker %s", node).isPositive();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    static long moment(String confirmation) {
        Matcher matcher = MOMENT.matcher(confirmation);
        assertThat(matcher.find()).as("the confirmation form's moment in %s", confirmation).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** The execution the POST started, from the page it redirects to. */
    static long startedExecution(PortalClient.Response posted, String schedule) {
        assertThat(posted.status()).as("run now answered %s", posted.text()).isEqualTo(302);
        Matcher matcher = STARTED.matcher(posted.header("Location"));
        assertThat(matcher.find()).as("redirect %s", posted.header("Location")).isTrue();
        assertThat(matcher.group(1)).isEqualTo(schedule);
        return Long.parseLong(matcher.group(2));
    }

    /** reminder-3 ("due-3d 08:00"): the first annual period whose date is still to come, from the period table. */
    private java.util.Optional<Map.Entry<LocalDateTime, String>> nextReminder3(ZonedDateTime now) {
        return jdbc.query("select code, due_on from reporting_period where kind = 'annual' order by due_on",
                        (rs, i) -> Map.entry(rs.getObject("due_on", LocalDate.class).minusDays(3).atTime(8, 0),
                                rs.getString("code")))
                .stream().filter(fire -> fire.getKey().isAfter(now.toLocalDateTime())).findFirst();
    }
}
