package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.schedule.RunNow;
import vn.dnnd.support.SchedulerTestBed;

/**
 * Every page and endpoint of the portal and the API, as every role, a visitor and an organisation's token,
 * with the status each must get: the table below is the authorization rule written out. A submitter of Hà Nội
 * (HN) is also tried on Cà Mau's (CAMAU) pages. One failing cell fails the test with every wrong cell listed; a
 * page over 300 KB (a provincial office's connection) counts as a wrong cell too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalAuthorizationTests extends PortalTestServer {

    /** Who asks: a visitor, one user per role (the submitter acts for HN only), HN's API token. */
    enum Who { VISITOR, SUBMITTER, REVIEWER, ANALYST, LEADER, ADMIN, TOKEN }

    private static final int OK = 200;
    private static final int CREATED = 201;
    private static final int REDIRECT = 302;
    private static final int BAD_REQUEST = 400;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    private static final int NOT_FOUND = 404;

    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;
    @Autowired
    ApiTokens tokens;
    @Autowired
    JobRepository jobRepository;
    @Autowired
    RunNow runNow;

    private final Map<Who, PortalClient> clients = new EnumMap<>(Who.class);
    private String open;
    private long briefing;
    private long workbook;
    private long hnFile;
    private long camauFile;
    private long someVersion;
    private String someUser;
    private long someToken;
    private long completedRun;
    private long failedRun;
    private long deadRun;
    private long probeRun;

    @BeforeAll
    void portalWithData() {
        MergerFixture.computed(jdbc, reference, compute);
        Edition edition = render.render("2025", "briefing,workbook", "vi");
        briefing = artifact(edition, "briefing");
        workbook = artifact(edition, "workbook");
        open = jdbc.queryForObject("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", String.class);
        someVersion = jdbc.queryForObject("select min(submission_id) from submission where period_code = '2025'", Long.class);
        hnFile = rejectedFile("HN");
        camauFile = rejectedFile("CAMAU");
        completedRun = jdbc.queryForObject("select max(job_execution_id) from batch_job_execution where status = 'COMPLETED'",
                Long.class);
        failedRun = execution(BatchStatus.FAILED);
        deadRun = execution(BatchStatus.STARTED);
        // A run of the probe schedule to open, at this minute yesterday: another job instance than the matrix's own run
        // now, and than the runs other portal tests start now (a minute ago collided with SchedulePagesTests' run
        // when that ran in the minute before: same parameters, refused as completed).
        probeRun = runNow.start("portal-probe", ZonedDateTime.now().minusDays(1)).executionId();
        SchedulerTestBed.await("the probe run ended", Duration.ofSeconds(60), () -> "completed".equals(jdbc.queryForObject(
                "select outcome from schedule_run where job_execution_id = ?", String.class, probeRun)));
        clients.put(Who.VISITOR, anonymous());
        clients.put(Who.SUBMITTER, loggedIn("matrix-submitter", Set.of(Role.SUBMITTER), "HN"));
        clients.put(Who.REVIEWER, loggedIn("matrix-reviewer", Set.of(Role.REVIEWER)));
        clients.put(Who.ANALYST, loggedIn("matrix-analyst", Set.of(Role.ANALYST)));
        clients.put(Who.LEADER, loggedIn("matrix-leader", Set.of(Role.LEADER)));
        clients.put(Who.ADMIN, loggedIn("matrix-admin", Set.of(Role.ADMIN)));
        clients.put(Who.TOKEN, anonymous().withToken(tokens.create("HN", "matrix", "test").secret()));
        someUser = account("matrix-someone", Set.of(Role.REVIEWER)).login();
        someToken = tokens.create("CAMAU", "matrix revoked", "test").tokenId();
    }

    /** The run left STARTED for the job monitor's rows is settled, as a recover would. */
    @AfterAll
    void settleTheDeadRun() {
        JobExecution dead = jobRepository.getJobExecution(deadRun);
        dead.setStatus(BatchStatus.FAILED);
        dead.setEndTime(LocalDateTime.now());
        jobRepository.update(dead);
    }

    @Test
    void everyPageAndEndpointAnswersEachCallerAsTheRuleSays() {
        List<String> wrong = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Who who : Who.values()) {
                int expected = endpoint.expected().get(who);
                PortalClient.Response response = endpoint.request().apply(clients.get(who));
                if (response.status() != expected) {
                    wrong.add(String.format("%-8s %-48s expected %d, got %d", who, endpoint.name(), expected,
                            response.status()));
                }
                String type = String.valueOf(response.header("Content-Type"));
                if (type.startsWith("text/html") && response.body().length > 300_000) {
                    wrong.add(String.format("%-8s %-48s a page of %d bytes (over 300 KB)", who, endpoint.name(),
                            response.body().length));
                }
            }
        }
        assertThat(wrong).as("cells of the authorization matrix that differ").isEmpty();
    }

    @Test
    void theApiDescriptionNamesEveryEndpointOfTheContract() {
        String description = anonymous().get("/api/v1/openapi.json").expectStatus(200).text();
        assertThat(description).contains("\"/api/v1/submissions\"", "\"/api/v1/periods/{period}/status\"",
                "\"/api/v1/periods/{period}/indicators\"", "\"/api/v1/periods/{period}/editions\"",
                "\"/api/v1/artifacts/{id}\"", "\"/api/v1/periods/{period}/versions\"").doesNotContain("\"/submit").doesNotContain("\"/status/");
    }

    private List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        // Open to everyone.
        all.add(api("GET /login", c -> c.get("/login"), OK, OK, OK, OK, OK, OK, OK));
        all.add(api("GET /api/v1/openapi.json", c -> c.get("/api/v1/openapi.json"), OK, OK, OK, OK, OK, OK, OK));
        all.add(api("GET /css/portal.css", c -> c.get("/css/portal.css"), OK, OK, OK, OK, OK, OK, OK));
        all.add(api("GET /webjars/htmx.org/dist/htmx.min.js", c -> c.get("/webjars/htmx.org/dist/htmx.min.js"),
                OK, OK, OK, OK, OK, OK, OK));
        // Every logged-in user.
        all.add(page("GET /", c -> c.get("/"), OK, OK, OK, OK, OK));
        all.add(page("GET /password", c -> c.get("/password"), OK, OK, OK, OK, OK));
        // The submitter's own organisation, and another one.
        all.add(page("GET /submit", c -> c.get("/submit"), OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/HN/{open}/template", c -> c.get("/submit/HN/" + open + "/template"),
                OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/CAMAU/{open}/template", c -> c.get("/submit/CAMAU/" + open + "/template"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/HN/history", c -> c.get("/submit/HN/history"), OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/CAMAU/history", c -> c.get("/submit/CAMAU/history"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/HN/errors/{HN's file}", c -> c.get("/submit/HN/errors/" + hnFile),
                OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/HN/errors/{CAMAU's file}", c -> c.get("/submit/HN/errors/" + camauFile),
                NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /submit/CAMAU/errors/{CAMAU's file}", c -> c.get("/submit/CAMAU/errors/" + camauFile),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("POST /submit/HN/{open}", c -> withPage(c, "/").upload("/submit/HN/" + open, "file", "hn.csv",
                junk()), OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("POST /submit/CAMAU/{open}", c -> withPage(c, "/").upload("/submit/CAMAU/" + open, "file", "cm.csv",
                junk()), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(api("POST /api/v1/submissions", c -> withPage(c, "/").upload("/api/v1/submissions", "file", "hn.csv",
                junk()), UNAUTHORIZED, CREATED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, CREATED));
        all.add(api("GET /api/v1/periods/2025/versions", c -> c.get("/api/v1/periods/2025/versions"),
                UNAUTHORIZED, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // The status board.
        all.add(page("GET /status", c -> c.get("/status"), FORBIDDEN, REDIRECT, REDIRECT, REDIRECT, REDIRECT));
        all.add(page("GET /status/2025", c -> c.get("/status/2025"), FORBIDDEN, OK, OK, OK, OK));
        all.add(page("GET /status/2025/export", c -> c.get("/status/2025/export"), FORBIDDEN, OK, OK, OK, OK));
        all.add(api("GET /api/v1/periods/2025/status", c -> c.get("/api/v1/periods/2025/status"),
                UNAUTHORIZED, FORBIDDEN, OK, OK, OK, OK, FORBIDDEN));
        // Reports and figures.
        all.add(page("GET /reports", c -> c.get("/reports"), FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN));
        all.add(page("GET /reports/2025", c -> c.get("/reports/2025"), FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN));
        all.add(page("GET /reports/2025/diff", c -> c.get("/reports/2025/diff"), FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN));
        all.add(page("GET /reports/artifacts/{briefing}", c -> c.get("/reports/artifacts/" + briefing),
                FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN));
        all.add(page("GET /reports/artifacts/{workbook}", c -> c.get("/reports/artifacts/" + workbook),
                FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /reports/artifacts/999999999", c -> c.get("/reports/artifacts/999999999"),
                FORBIDDEN, FORBIDDEN, NOT_FOUND, NOT_FOUND, FORBIDDEN));
        all.add(api("GET /api/v1/periods/2025/editions", c -> c.get("/api/v1/periods/2025/editions"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN));
        all.add(api("GET /api/v1/artifacts/{briefing}", c -> c.get("/api/v1/artifacts/" + briefing),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN));
        all.add(api("GET /api/v1/artifacts/{workbook}", c -> c.get("/api/v1/artifacts/" + workbook),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /figures", c -> c.get("/figures"), FORBIDDEN, FORBIDDEN, REDIRECT, REDIRECT, FORBIDDEN));
        all.add(page("GET /figures/2025", c -> c.get("/figures/2025"), FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN));
        all.add(api("GET /api/v1/periods/2025/indicators", c -> c.get("/api/v1/periods/2025/indicators?scope=national"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK, OK, FORBIDDEN, FORBIDDEN));
        // Review of submissions (reviewers only); decisions on a version that does not exist change nothing.
        all.add(page("GET /review", c -> c.get("/review"), FORBIDDEN, REDIRECT, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /review/2025", c -> c.get("/review/2025?state=all"), FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /review/versions/{id}", c -> c.get("/review/versions/" + someVersion),
                FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("GET /review/versions/999999999", c -> c.get("/review/versions/999999999"),
                FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("POST /review/2025/decisions", c -> withPage(c, "/").postForm("/review/2025/decisions",
                Map.of("id", "999999999", "decision", "accept")), FORBIDDEN, OK, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(page("POST /review/versions/999999999/decision", c -> withPage(c, "/").postForm(
                "/review/versions/999999999/decision", Map.of("decision", "accept")),
                FORBIDDEN, NOT_FOUND, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        // Reporting periods: administrators only (a year that exists is refused on the page, nothing added).
        all.add(page("GET /admin/periods", c -> c.get("/admin/periods"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("POST /admin/periods", c -> withPage(c, "/").postForm("/admin/periods", Map.of("year", "2025",
                "due", "2025-12-15", "lock", "2026-01-31")), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        // The exception to a period's lock: administrators only (an unknown organisation is refused on the page).
        all.add(page("GET /admin/unlocks", c -> c.get("/admin/unlocks?period=2025"), FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, OK));
        all.add(page("POST /admin/unlocks", c -> withPage(c, "/").postForm("/admin/unlocks", Map.of("period", "2025",
                "org", "NO_SUCH_ORG", "until", "2099-01-01", "reason", "kiểm tra")), FORBIDDEN, FORBIDDEN, FORBIDDEN,
                FORBIDDEN, OK));
        // Users and API tokens: administrators only. The forms posted are refused on the page (no side effect)
        // except those that only disable, unlock or revoke someone the matrix made for it.
        all.add(page("GET /admin/users", c -> c.get("/admin/users"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/users/{login}", c -> c.get("/admin/users/" + someUser),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/users/{unknown}", c -> c.get("/admin/users/no-such-user"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        all.add(page("POST /admin/users", c -> withPage(c, "/").postFields("/admin/users", "login", "x y", "roles", "LEADER"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("POST /admin/users/{login}", c -> withPage(c, "/").postFields("/admin/users/" + someUser),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("POST /admin/users/{login}/unlock", c -> withPage(c, "/").postFields("/admin/users/" + someUser
                + "/unlock"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT));
        all.add(page("POST /admin/users/{login}/disable", c -> withPage(c, "/").postFields("/admin/users/" + someUser
                + "/disable"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT));
        all.add(page("POST /admin/users/{login}/reset", c -> withPage(c, "/").postFields("/admin/users/" + someUser
                + "/reset"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/tokens", c -> c.get("/admin/tokens"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("POST /admin/tokens", c -> withPage(c, "/").postFields("/admin/tokens", "organisation", ""),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/tokens/{id}/revoke", c -> c.get("/admin/tokens/" + someToken + "/revoke"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("POST /admin/tokens/{id}/revoke", c -> withPage(c, "/").postFields("/admin/tokens/" + someToken
                + "/revoke"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT));
        // The job monitor: the administrator's only. Each action on a completed run is refused (400) after the
        // authorization let it through; the confirmation pages are for a failed run and for one whose process died.
        all.add(page("GET /admin/jobs", c -> c.get("/admin/jobs"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/table", c -> c.get("/admin/jobs/table"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/{completed}", c -> c.get("/admin/jobs/" + completedRun),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/{completed}/progress", c -> c.get("/admin/jobs/" + completedRun + "/progress"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/999999999", c -> c.get("/admin/jobs/999999999"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        all.add(page("GET /admin/jobs/{failed}/restart", c -> c.get("/admin/jobs/" + failedRun + "/restart"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/{dead}/stop", c -> c.get("/admin/jobs/" + deadRun + "/stop"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/jobs/{dead}/recover", c -> c.get("/admin/jobs/" + deadRun + "/recover"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        for (String action : List.of("restart", "stop", "recover")) {
            all.add(page("POST /admin/jobs/{completed}/" + action, c -> withPage(c, "/")
                            .postForm("/admin/jobs/" + completedRun + "/" + action, Map.of()),
                    FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, BAD_REQUEST));
        }
        // Schedules and run now (ADMIN only).
        all.add(page("GET /admin/schedules", c -> c.get("/admin/schedules"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/schedules/portal-probe/run", c -> c.get("/admin/schedules/portal-probe/run"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/schedules/no-such/run", c -> c.get("/admin/schedules/no-such/run"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, NOT_FOUND));
        all.add(page("POST /admin/schedules/portal-probe/run", c -> confirmedRunNow(c, "portal-probe"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, REDIRECT));
        all.add(page("GET /admin/schedules/portal-probe/started/{run}",
                c -> c.get("/admin/schedules/portal-probe/started/" + probeRun), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK));
        all.add(page("GET /admin/schedules/portal-slow/started/{run}",
                c -> c.get("/admin/schedules/portal-slow/started/" + probeRun), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN,
                NOT_FOUND));
        // The load balancer's health check, open to all (status only); no other actuator endpoint for anybody.
        all.add(api("GET /actuator/health", c -> c.get("/actuator/health"), OK, OK, OK, OK, OK, OK, OK));
        all.add(api("GET /actuator/info", c -> c.get("/actuator/info"), OK, OK, OK, OK, OK, OK, OK));
        for (String path : List.of("/actuator", "/actuator/health/db", "/actuator/env", "/actuator/beans",
                "/actuator/heapdump", "/actuator/threaddump", "/actuator/configprops", "/actuator/loggers",
                "/actuator/mappings", "/actuator/metrics", "/actuator/logfile", "/actuator/flyway", "/actuator/quartz")) {
            all.add(page("GET " + path, c -> c.get(path), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        }
        all.add(page("POST /actuator/shutdown", c -> withPage(c, "/").postForm("/actuator/shutdown", Map.of()),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        // Nothing else exists for anybody.
        all.add(page("GET /admin", c -> c.get("/admin"), FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        all.add(api("GET /api/v1/users", c -> c.get("/api/v1/users"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        return all;
    }

    private record Endpoint(String name, Function<PortalClient, PortalClient.Response> request, Map<Who, Integer> expected) {
    }

    /**
     * A page: a visitor is sent to the login page, and so is a token (a token opens the API, not the pages).
     * The statuses are for the submitter, reviewer, analyst, leader and administrator. (A form posted without
     * its CSRF token is refused before this: PortalLoginTests, SubmitPortalTests.)
     */
    private static Endpoint page(String name, Function<PortalClient, PortalClient.Response> request, int submitter,
                                 int reviewer, int analyst, int leader, int admin) {
        int visitor = REDIRECT;
        Map<Who, Integer> expected = new LinkedHashMap<>();
        expected.put(Who.VISITOR, visitor);
        expected.put(Who.SUBMITTER, submitter);
        expected.put(Who.REVIEWER, reviewer);
        expected.put(Who.ANALYST, analyst);
        expected.put(Who.LEADER, leader);
        expected.put(Who.ADMIN, admin);
        expected.put(Who.TOKEN, visitor);
        return new Endpoint(name, request, expected);
    }

    /** A resource or an API endpoint: the statuses for every caller, in {@link Who}'s order. */
    private static Endpoint api(String name, Function<PortalClient, PortalClient.Response> request, int... statuses) {
        Map<Who, Integer> expected = new LinkedHashMap<>();
        for (Who who : Who.values()) {
            expected.put(who, statuses[who.ordinal()]);
        }
        return new Endpoint(name, request, expected);
    }

    /** Reads a page first, as a browser would before posting its form (the CSRF token comes from it). */
    private static PortalClient withPage(PortalClient client, String path) {
        client.get(path);
        return client;
    }

    /** Run now as a browser does it: the confirmation page first (its CSRF token and moment), then its form. */
    private static PortalClient.Response confirmedRunNow(PortalClient client, String schedule) {
        String confirmation = client.get("/admin/schedules/" + schedule + "/run").text();
        java.util.regex.Matcher moment = java.util.regex.Pattern.compile("name=\"at\" value=\"(\\d+)\"").matcher(confirmation);
        return client.postForm("/admin/schedules/" + schedule + "/run", Map.of("at", moment.find() ? moment.group(1) : "0"));
    }

    private static byte[] junk() {
        return "không phải báo cáo\n".getBytes(StandardCharsets.UTF_8);
    }

    private long artifact(Edition edition, String kind) {
        return edition.files().stream().filter(a -> a.kind().equals(kind)).findFirst().orElseThrow().id();
    }

    /** A run of a job that is not the application's, as the job repository records it: for the monitor's rows. */
    private long execution(BatchStatus status) {
        JobParameters parameters = new JobParametersBuilder().addLong("matrix", System.nanoTime()).toJobParameters();
        JobInstance instance = jobRepository.createJobInstance("matrixProbeJob", parameters);
        JobExecution execution = jobRepository.createJobExecution(instance, parameters, new ExecutionContext());
        execution.setStartTime(LocalDateTime.now());
        execution.setStatus(status);
        if (!status.isRunning()) {
            execution.setEndTime(LocalDateTime.now());
            execution.setExitStatus(ExitStatus.FAILED.addExitDescription("the matrix's failed run"));
        }
        jobRepository.update(execution);
        StepExecution step = jobRepository.createStepExecution("matrixProbeStep", execution);
        step.setStartTime(LocalDateTime.now());
        step.setStatus(status);
        jobRepository.update(step);
        return execution.getId();
    }

    private long rejectedFile(String org) {
        return jdbc.queryForObject("""
                insert into intake_file (file_name, sha256, byte_size, channel, received_at, outcome, org_code,
                                         period_code, error_count)
                values (?, md5(?) || md5(?), 10, 'csv', now(), 'rejected', ?, ?, 0) returning file_id""", Long.class,
                org + ".csv", org, open + System.nanoTime(), org, open);
    }
}
