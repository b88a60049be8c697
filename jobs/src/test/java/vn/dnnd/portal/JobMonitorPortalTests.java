package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.support.SchedulerTestBed.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.system.ExecutionNodes;
import vn.dnnd.access.Role;
import vn.dnnd.operations.BatchControl;

/**
 * The job monitor over HTTP as an administrator's browser uses it: a running execution's counts move in the
 * fragment htmx polls; stop, restart and recover go through their confirmation page and a POST with the CSRF
 * token, each leaves an audit row naming the administrator; refusals and unknown ids read as the portal's errors.
 */
class JobMonitorPortalTests extends PortalTestServer {

    @Autowired
    ExecutionNodes nodes;

    private static final Pattern LOCATION = Pattern.compile("/admin/jobs/(\\d+)\\?(restarted|recovered)=(\\d+)");

    @Autowired
    BatchControl control;
    @Autowired
    JobRepository jobRepository;

    private ChunkedRuns runs;
    private String login;
    private PortalClient admin;

    @BeforeEach
    void administrator() {
        runs = new ChunkedRuns(control, jobRepository, jdbc);
        Account account = account("jobs-admin", Set.of(Role.ADMIN));
        login = account.login();
        admin = anonymous();
        admin.login(login, account.oneTimePassword()).expectRedirect("/password");
        admin.changePassword(account.oneTimePassword(), CHOSEN_PASSWORD).expectRedirect("/?passwordChanged");
    }

    @Test
    void aRunningExecutionShowsCountsThatMoveAndIsStoppedFromItsPage() throws Exception {
        String target = ChunkedRuns.target("monitor");
        runs.pace(target, 300);
        ChunkedRuns.Running running = runs.start(target, 2000);
        String progress = "/admin/jobs/" + running.id() + "/progress";

        long[] first = {0};
        await("rows read in the fragment", Duration.ofSeconds(60), () -> (first[0] = read(admin.get(progress))) > 0);
        await("the count moving", Duration.ofSeconds(60), () -> read(admin.get(progress)) > first[0]);
        String fragment = admin.get(progress).expectStatus(200).text();
        assertThat(fragment).startsWith("<section").contains("hx-trigger=\"every 2s\"", "Đang chạy", "chunkedStep",
                "Trên máy chủ này", "id=\"stop\"").doesNotContain("<html", "id=\"restart\"");

        String list = admin.get("/admin/jobs?job=chunkedJob").expectStatus(200).text();
        assertThat(row(list, running.id())).contains("Đang chạy", "chunkedStep", "đọc ", "target=" + target,
                "nút " + nodes.name());
        assertThat(list).contains("hx-get=\"/admin/jobs/table?job=chunkedJob&amp;limit=20\"", "hx-trigger=\"every 2s\"");
        assertThat(row(admin.get("/admin/jobs/table?job=chunkedJob&limit=20").expectStatus(200).text(), running.id()))
                .contains("chunkedStep");

        assertThat(admin.get("/admin/jobs/" + running.id() + "/stop").expectStatus(200).text())
                .contains("Dừng lần chạy #" + running.id() + " (chunkedJob)?", "ghi xong phần việc hiện tại rồi dừng");
        admin.postFormExactly("/admin/jobs/" + running.id() + "/stop", Map.of()).expectStatus(403);
        admin.postForm("/admin/jobs/" + running.id() + "/stop", Map.of())
                .expectRedirect("/admin/jobs/" + running.id() + "?stopRequested=true");

        assertThat(running.end().get(60, TimeUnit.SECONDS).getStatus()).isEqualTo(BatchStatus.STOPPED);
        String stopped = admin.get("/admin/jobs/" + running.id()).expectStatus(200).text();
        assertThat(stopped).contains("Đã dừng", "STOPPED", "id=\"restart\"").doesNotContain("hx-trigger");
        assertThat(read(stopped)).isEqualTo(runs.written(target)).isLessThan(2000);
        assertThat(audit("job_stop", running.id())).isEqualTo(login + " chunkedJob #" + running.id());
    }

    @Test
    void aFailedExecutionIsRestartedThroughItsConfirmationAndCompletes() throws Exception {
        String target = ChunkedRuns.target("failed");
        JobExecution failed = runs.failed(target, 50, 25);
        long id = failed.getId();

        String page = admin.get("/admin/jobs/" + id).expectStatus(200).text();
        assertThat(page).contains("Lần chạy #" + id + ": chunkedJob", "Lỗi", "FAILED", "id=\"restart\"",
                        "chunkedStep: FatalStepExecutionException: Unable to process chunk — PSQLException: ERROR: "
                                + "duplicate key value violates unique constraint")
                .doesNotContain("\tat ", "at org.springframework", ".java:");
        assertThat(written(page)).as("the chunks before the failed one").isEqualTo(20);

        runs.removeConflict(target);
        assertThat(admin.get("/admin/jobs/" + id + "/restart").expectStatus(200).text())
                .contains("Chạy lại lần chạy #" + id + " (chunkedJob)?", "bước dở dang chạy tiếp sau lần ghi (commit) cuối");
        PortalClient.Response restarted = admin.postForm("/admin/jobs/" + id + "/restart", Map.of());
        assertThat(restarted.status()).isEqualTo(302);
        Matcher location = LOCATION.matcher(restarted.header("Location"));
        assertThat(location.find()).as(restarted.header("Location")).isTrue();
        long newId = Long.parseLong(location.group(1));
        assertThat(location.group(3)).isEqualTo(Long.toString(id));

        await("the restart completing", Duration.ofSeconds(60), () -> !control.execution(newId).getStatus().isRunning());
        assertThat(control.execution(newId).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.written(target)).isEqualTo(50);
        String done = admin.get("/admin/jobs/" + newId + "?restarted=" + id).expectStatus(200).text();
        assertThat(done).contains("Đã chạy lại lần chạy #" + id + "; đây là lần chạy mới.", "Hoàn thành", "COMPLETED")
                .doesNotContain("id=\"restart\"");
        assertThat(read(done)).as("the restart reads what the failed run had not written").isEqualTo(30);
        assertThat(audit("job_restart", id)).isEqualTo(login + " chunkedJob #" + id + " → #" + newId);
        assertThat(admin.get("/admin/jobs/" + id).text()).contains("href=\"/admin/jobs/" + newId + "\"")
                .doesNotContain("id=\"restart\"");

        assertThat(admin.get("/admin/jobs/" + newId + "/restart").expectStatus(400).text())
                .contains("Lần chạy #" + newId + " đang ở trạng thái COMPLETED, không chạy lại được",
                        "only FAILED or STOPPED executions can be restarted");
        assertThat(admin.postForm("/admin/jobs/" + newId + "/restart", Map.of()).expectStatus(400).text())
                .contains("không chạy lại được");
        assertThat(admin.postForm("/admin/jobs/" + id + "/restart", Map.of()).expectStatus(400).text())
                .contains("Lần chạy #" + id + " đã được chạy lại ở lần chạy #" + newId);
        assertThat(admin.get("/admin/jobs/999999999").expectStatus(404).text())
                .contains("Không có lần chạy #999999999", "no job execution 999999999");
        assertThat(admin.get("/admin/jobs/999999999/restart").expectStatus(404).text()).contains("Không có lần chạy");
        assertThat(admin.get("/admin/jobs?job=chunkedJb").expectStatus(400).text()).contains("Không có job chunkedJb");
        assertThat(admin.get("/admin/jobs/" + newId + "?lang=en").expectStatus(200).text())
                .contains("Execution #" + newId + ": chunkedJob", "Completed", "Steps", "Commits");
    }

    @Test
    void anExecutionWhoseProcessDiedIsRecoveredAndRestarted() throws Exception {
        String target = ChunkedRuns.target("died");
        long id = runs.failed(target, 40, 15).getId();
        runs.removeConflict(target);
        runs.forgeCrash(id);

        String page = admin.get("/admin/jobs/" + id).expectStatus(200).text();
        assertThat(page).contains("Tiến trình chạy nó đã chết", "id=\"recover\"").doesNotContain("id=\"stop\"");
        assertThat(admin.get("/admin/jobs/" + id + "/recover").expectStatus(200).text())
                .contains("Khôi phục lần chạy #" + id + " (chunkedJob)?", "được đánh dấu FAILED");
        PortalClient.Response recovered = admin.postForm("/admin/jobs/" + id + "/recover", Map.of());
        assertThat(recovered.status()).as(recovered.text()).isEqualTo(302);
        Matcher location = LOCATION.matcher(recovered.header("Location"));
        assertThat(location.find()).isTrue();
        long newId = Long.parseLong(location.group(1));

        await("the recovered run completing", Duration.ofSeconds(60), () -> !control.execution(newId).getStatus().isRunning());
        assertThat(control.execution(newId).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(runs.written(target)).isEqualTo(40);
        assertThat(admin.get("/admin/jobs/" + id).text()).contains("FAILED", "chunkedStep: process died before execution " + id);
        assertThat(audit("job_recover", id)).isEqualTo(login + " chunkedJob #" + id
                + " marked FAILED (process died) → #" + newId);
        assertThat(admin.get("/admin/jobs/" + id + "/recover").expectStatus(400).text())
                .contains("Lần chạy #" + id + " không đang chạy (FAILED)");
    }

    @Test
    void aPolledFragmentWhoseSessionEndedSendsThePageToTheLoginPage() {
        PortalClient.Response polled = anonymous().send(anonymous().request("/admin/jobs/table")
                .header("HX-Request", "true").GET().build());

        assertThat(polled.status()).isEqualTo(401);
        assertThat(polled.header("HX-Redirect")).isEqualTo("/login");
        assertThat(polled.text()).isEmpty();
        anonymous().get("/admin/jobs/table").expectRedirect("/login");
    }

    /** The read count of chunkedStep on a page or fragment (Vietnamese thousands separator dropped). */
    private static long read(PortalClient.Response response) {
        return read(response.expectStatus(200).text());
    }

    private static long read(String page) {
        Matcher read = Pattern.compile("id=\"step-chunkedStep\".*?class=\"num read\">([\\d.]+)<", Pattern.DOTALL)
                .matcher(page);
        return read.find() ? Long.parseLong(read.group(1).replace(".", "")) : -1;
    }

    private static long written(String page) {
        Matcher written = Pattern.compile("id=\"step-chunkedStep\".*?class=\"num written\">([\\d.]+)<", Pattern.DOTALL)
                .matcher(page);
        return written.find() ? Long.parseLong(written.group(1).replace(".", "")) : -1;
    }

    private static String row(String page, long id) {
        int start = page.indexOf("id=\"execution-" + id + "\"");
        assertThat(start).as("row of execution %d", id).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /** "actor detail" of the audit row of this action on this execution. */
    private String audit(String action, long id) {
        return jdbc.queryForObject("select actor || ' ' || detail from audit_event where action = ? and target = ?",
                String.class, action, "job_execution:" + id);
    }
}
