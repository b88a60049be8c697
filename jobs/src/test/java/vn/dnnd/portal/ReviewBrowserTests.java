package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeResult;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;

/**
 * The review journey in a real browser: a clerk submits, the version awaits review; the reviewer returns it with
 * a reason; the clerk sees the reason in the history and sends a corrected file; the reviewer accepts it from the
 * period's list; compute counts the accepted version and not the returned one. Screenshots in target/screenshots.
 */
class ReviewBrowserTests extends ReviewPortalServer {

    static final String ORG = "TUYENQUANG";
    static final String REASON = "Số đoàn vào (T2) thấp hơn năm trước 90 %: đề nghị kiểm tra lại";

    @TempDir
    Path downloads;
    @TempDir
    Path desk;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    ComputeService compute;

    @Test
    void submitAwaitReturnWithReasonResubmitAcceptAndComputeCountsIt() throws Exception {
        String period = openPeriod();
        IntakeReference reference = referenceLoader.load();
        var entered = reference.entered("province", reference.period(period).orElseThrow());
        Account clerk = account("review-clerk", Set.of(Role.SUBMITTER), ORG);
        Account reviewer = account("review-reviewer", Set.of(Role.REVIEWER));
        try (Browser browser = new Browser("http://127.0.0.1:" + port, downloads)) {
            browser.firstLogIn(clerk.login(), clerk.oneTimePassword(), CHOSEN_PASSWORD);
            browser.open("/submit");
            upload(browser, period, Files.writeString(desk.resolve("tq-lan-1.csv"),
                    SubmissionFiles.csv(ORG, period, Answers.forIndicators(entered, 21), ',', null)));
            assertThat(browser.pageText()).contains("đang chờ người duyệt");
            assertThat(versions(ORG, period)).last().isEqualTo(lastVersion(ORG, period) + " awaiting");
            browser.screenshot("review-1-submitted");
            logOut(browser);

            browser.firstLogIn(reviewer.login(), reviewer.oneTimePassword(), CHOSEN_PASSWORD);
            browser.follow("header nav a[href='/review']");
            assertThat(browser.pageText()).contains("Duyệt báo cáo kỳ " + period, "Chờ duyệt");
            browser.follow("#versions tr[data-org='" + ORG + "'] a");
            assertThat(browser.pageText()).contains("Tuyên Quang", "Chờ duyệt", "Số liệu so với phiên bản đang được tính");
            browser.screenshot("review-2-version");
            browser.type("textarea[name='reason']", REASON);
            browser.follow("#return");
            assertThat(browser.find("#state").getText()).isEqualTo("Đã trả lại");
            assertThat(browser.pageText()).contains(REASON, reviewer.login());
            logOut(browser);

            browser.logIn(clerk.login(), CHOSEN_PASSWORD);
            browser.open("/submit/" + ORG + "/history");
            assertThat(browser.pageText()).contains("bị trả lại", REASON);
            browser.screenshot("review-3-returned-seen-by-clerk");
            browser.open("/submit");
            upload(browser, period, Files.writeString(desk.resolve("tq-lan-2.csv"),
                    SubmissionFiles.csv(ORG, period, Answers.forIndicators(entered, 22), ',', null)));
            assertThat(browser.pageText()).contains("đang chờ người duyệt");
            logOut(browser);

            browser.logIn(reviewer.login(), CHOSEN_PASSWORD);
            browser.open("/review/" + period);
            browser.find("#versions tr[data-org='" + ORG + "'] input[type='checkbox']").click();
            browser.follow("button[name='decision'][value='accept']");
            assertThat(browser.pageText()).contains(ORG + " kỳ " + period, "Đã duyệt, được tính");
            browser.screenshot("review-4-accepted");
        }

        java.util.List<String> states = versions(ORG, period).stream().map(v -> v.substring(v.indexOf(' ') + 1)).toList();
        assertThat(states).endsWith("returned", "accepted");
        int accepted = Integer.parseInt(lastVersion(ORG, period).substring(1));
        ComputeResult run = compute.compute(period);
        assertThat(jdbc.queryForList("""
                select s.version from compute_run_submission r join submission s using (submission_id)
                join organisation o on o.org_id = s.org_id where r.run_id = ? and o.code = ?""", Integer.class,
                run.runId(), ORG)).containsExactly(accepted);
    }

    private String lastVersion(String org, String period) {
        return "v" + jdbc.queryForObject("""
                select max(s.version) from submission s join organisation o using (org_id)
                where o.code = ? and s.period_code = ?""", Integer.class, org, period);
    }

    private static void upload(Browser browser, String period, Path file) {
        browser.find("#file-" + ORG + "-" + period).sendKeys(file.toAbsolutePath().toString());
        browser.follow("form[action='/submit/" + ORG + "/" + period + "'] button");
    }

    private static void logOut(Browser browser) {
        browser.follow("header form[action='/logout'] button");
    }
}
