package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.Role;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;

/**
 * The review pages over HTTP: a version beside last year's with its warnings; many versions decided at once, each
 * taken or refused on its own; a return without a reason refused on the page with nothing changed; a decision
 * posted without its CSRF token refused; every decision audited.
 */
class ReviewPagesTests extends ReviewPortalServer {

    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    vn.dnnd.access.ApiTokens tokens;

    private long upload(PortalClient clerk, String org, String period, int seed) {
        IntakeReference reference = referenceLoader.load();
        String csv = SubmissionFiles.csv(org, period, Answers.forIndicators(
                reference.entered("province", reference.period(period).orElseThrow()), seed), ',', null);
        clerk.get("/submit");
        String verdict = clerk.upload("/submit/" + org + "/" + period, "file", org.toLowerCase() + ".csv",
                csv.getBytes(StandardCharsets.UTF_8)).expectStatus(200).text();
        assertThat(verdict).contains("id=\"verdict-awaiting\"");
        return jdbc.queryForObject("""
                select max(s.submission_id) from submission s join organisation o using (org_id)
                where o.code = ? and s.period_code = ?""", Long.class, org, period);
    }

    @Test
    void manyVersionsAreDecidedAtOnceEachOnItsOwnAndAudited() {
        String period = openPeriod();
        PortalClient clerks = loggedIn("pages-clerk", Set.of(Role.SUBMITTER), "LAICHAU", "DIENBIEN");
        long laiChau = upload(clerks, "LAICHAU", period, 31);
        long dienBien = upload(clerks, "DIENBIEN", period, 32);
        PortalClient reviewer = loggedIn("pages-reviewer", Set.of(Role.REVIEWER));
        String list = reviewer.get("/review/" + period).expectStatus(200).text();
        assertThat(list).contains("data-org=\"LAICHAU\"", "data-org=\"DIENBIEN\"", "Chờ duyệt");

        String decided = reviewer.postForm("/review/" + period + "/decisions", Map.of("id", laiChau + "",
                "decision", "accept")).expectStatus(200).text();
        assertThat(decided).contains("LAICHAU kỳ " + period, "Đã duyệt, được tính");
        reviewer.get("/review/" + period);
        String again = reviewer.send(reviewer.request("/review/" + period + "/decisions")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("id=" + laiChau + "&id=" + dienBien
                        + "&decision=accept&_csrf=" + csrfOf(reviewer.get("/review/" + period).text()))).build()).text();
        assertThat(again).as("the one decided before is refused, naming who decided; the other is taken")
                .contains("LAICHAU " + period + " v", "không còn chờ duyệt", "pages-reviewer",
                        "DIENBIEN kỳ " + period);
        assertThat(versions("LAICHAU", period)).last().asString().endsWith("accepted");
        assertThat(versions("DIENBIEN", period)).last().asString().endsWith("accepted");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'review_decision' and actor like 'pages-reviewer-%'
                and target in (?, ?)""", Integer.class, "submission:" + laiChau, "submission:" + dienBien)).isEqualTo(2);
    }

    @Test
    void aVersionPageShowsTheFiguresBesideTheCountedOnesAndAReturnWithoutReasonIsRefused() {
        String period = openPeriod();
        PortalClient clerk = loggedIn("pages-clerk", Set.of(Role.SUBMITTER), "CAOBANG");
        long first = upload(clerk, "CAOBANG", period, 41);
        PortalClient reviewer = loggedIn("pages-reviewer", Set.of(Role.REVIEWER));
        reviewer.get("/review/versions/" + first);
        reviewer.postForm("/review/versions/" + first + "/decision", Map.of("decision", "accept")).expectStatus(200);
        long second = upload(clerk, "CAOBANG", period, 42);

        String page = reviewer.get("/review/versions/" + second).expectStatus(200).text();
        assertThat(page).contains("Cao Bằng, kỳ " + period, "id=\"state\"", "Chờ duyệt", "id=\"figures\"",
                "data-indicator=\"T1.DISSEM_EVENTS\"", "Phiên bản đang được tính");
        assertThat(page).as("the accepted first version is the one counted now")
                .containsPattern("Phiên bản đang được tính</dt>\\s*<dd[^>]*>" + versionOf(first) + "</dd>");

        String refused = reviewer.postForm("/review/versions/" + second + "/decision", Map.of("decision", "return",
                "reason", "   ")).expectStatus(200).text();
        assertThat(refused).contains("id=\"outcome\"", "Cần ghi lý do khi trả lại");
        assertThat(versions("CAOBANG", period)).last().asString().endsWith("awaiting");

        int status = reviewer.postFormExactly("/review/versions/" + second + "/decision", Map.of("decision", "accept"))
                .status();
        assertThat(status).as("no CSRF token").isEqualTo(403);
        assertThat(versions("CAOBANG", period)).last().asString().endsWith("awaiting");
    }

    @Test
    void aProgramReadsItsOwnVersionsStatesAndTheReviewersReasonThroughTheApiAndNoOneElses() {
        String period = openPeriod();
        PortalClient clerk = loggedIn("pages-clerk", Set.of(Role.SUBMITTER), "SONLA");
        long returned = upload(clerk, "SONLA", period, 51);
        PortalClient other = loggedIn("pages-clerk", Set.of(Role.SUBMITTER), "HUE");
        upload(other, "HUE", period, 52);
        PortalClient reviewer = loggedIn("pages-reviewer", Set.of(Role.REVIEWER));
        reviewer.get("/review/versions/" + returned);
        reviewer.postForm("/review/versions/" + returned + "/decision", Map.of("decision", "return",
                "reason", "Thiếu thuyết minh nhiệm vụ 5")).expectStatus(200);

        PortalClient program = anonymous().withToken(tokens.create("SONLA", "review api", "test").secret());
        String json = program.get("/api/v1/periods/" + period + "/versions").expectStatus(200).text();

        assertThat(json).contains("\"organisation\":\"SONLA\"", "\"state\":\"returned\"",
                "\"reason\":\"Thiếu thuyết minh nhiệm vụ 5\"", "\"decided_by\":\"pages-reviewer-")
                .doesNotContain("HUE");
    }

    private int versionOf(long submissionId) {
        return jdbc.queryForObject("select version from submission where submission_id = ?", Integer.class, submissionId);
    }

    private static String csrfOf(String page) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}
