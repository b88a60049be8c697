package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.Role;
import vn.dnnd.submission.Answers;
import vn.dnnd.submission.SubmissionChannelsTests;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.template.TemplateLayout;
import vn.dnnd.submission.upload.Workbooks;

/**
 * A clerk's journey through the portal and a program's through the API: the template downloaded, filled with
 * POI and sent back, the verdict on the page (accepted as version n, or each problem with its cell), the
 * history, the error report; the API's JSON; and the audit rows. The receipt time is now, so the period is the
 * annual period open today.
 */
class SubmitPortalTests extends PortalTestServer {

    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    ApiTokens tokens;

    String period;
    IntakeReference reference;

    @BeforeEach
    void openPeriod() {
        period = jdbc.query("""
                select code from reporting_period where kind = 'annual'
                and (now() at time zone 'Asia/Ho_Chi_Minh')::date between starts_on and locks_on
                order by code desc limit 1""", rs -> rs.next() ? rs.getString(1) : null);
        assertThat(period).as("config/reference/periods.csv needs an annual period open today").isNotNull();
        reference = referenceLoader.load();
    }

    Map<String, Object> answers(int seed) {
        return Answers.forIndicators(reference.entered("province", reference.period(period).orElseThrow()), seed);
    }

    int files(String org) {
        return jdbc.queryForObject("select count(*) from intake_file where org_code = ?", Integer.class, org);
    }

    @Test
    void aClerkDownloadsTheTemplateFillsItAndSeesItAcceptedThenABadOneWithItsCellNamed() throws Exception {
        PortalClient clerk = loggedIn("hn-clerk", Set.of(Role.SUBMITTER), "HN");
        String login = jdbc.queryForObject("select login from app_user where login like 'hn-clerk-%' order by user_id desc "
                + "limit 1", String.class);
        String page = clerk.get("/submit").expectStatus(200).text();
        assertThat(page).contains("Nộp báo cáo", "Hà Nội (HN)", "/submit/HN/" + period + "/template",
                "action=\"/submit/HN/" + period + "\"", "<label for=\"file-HN-" + period + "\"");

        PortalClient.Response template = clerk.get("/submit/HN/" + period + "/template").expectStatus(200);
        assertThat(template.header("Content-Disposition")).contains("bieu-mau-HN-" + period + ".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheet(TemplateLayout.META_SHEET).getRow(1).getCell(1).getStringCellValue()).isEqualTo("HN");
        }
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(template.body(), answers(1));
        int expected = jdbc.queryForObject("select coalesce(max(s.version), 0) + 1 from submission s join organisation o "
                + "using (org_id) where o.code = 'HN' and s.period_code = ?", Integer.class, period);

        clerk.get("/submit");
        PortalClient.Response accepted = clerk.upload("/submit/HN/" + period, "file", "Báo cáo Hà Nội.xlsx", filled)
                .expectStatus(200);
        assertThat(accepted.text()).contains("id=\"verdict-accepted\"", "Đã nhận: báo cáo của HN kỳ " + period
                + " được lưu là phiên bản " + expected);

        clerk.get("/submit");
        byte[] bad = Workbooks.withText(SubmissionChannelsTests.fillLikeAClerk(template.body(), answers(2)),
                "T1.DISSEM_EVENTS", "khoảng hai chục");
        String rejected = clerk.upload("/submit/HN/" + period, "file", "hn-sai.xlsx", bad).expectStatus(200).text();
        assertThat(rejected).contains("id=\"verdict-rejected\"", "trang tính Chỉ tiêu", "not_a_number",
                "T1.DISSEM_EVENTS", "Lỗi: tệp hn-sai.xlsx, trang tính &#39;Chỉ tiêu&#39;, ô E",
                "[rule: not_a_number]");
        long fileId = jdbc.queryForObject("select max(file_id) from intake_file where file_name = 'hn-sai.xlsx' "
                + "and uploaded_by = ?", Long.class, login);
        String report = new String(clerk.get("/submit/HN/errors/" + fileId).expectStatus(200).body(), StandardCharsets.UTF_8);
        assertThat(report).contains("not_a_number", "khoảng hai chục");

        String history = clerk.get("/submit/HN/history").expectStatus(200).text();
        assertThat(history).contains("Báo cáo Hà Nội.xlsx", "hn-sai.xlsx", login, "/submit/HN/errors/" + fileId);
        assertThat(jdbc.queryForList("select action || ' ' || target from audit_event where actor = ? and action in "
                + "('upload', 'download') order by event_id", String.class, login))
                .containsExactly("download HN " + period, "upload HN " + period, "upload HN " + period, "download HN");
    }

    @Test
    void aProgramUploadsWithATokenAndGetsTheVerdictAsJson() {
        ApiTokens.Issued token = tokens.create("HN", "phần mềm tỉnh", "test-admin");
        PortalClient program = anonymous().withToken(token.secret());

        PortalClient.Response created = program.upload("/api/v1/submissions", "file", "hn-api.csv",
                SubmissionFiles.csv("HN", period, answers(7), ';', null).getBytes(StandardCharsets.UTF_8)).expectStatus(201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.text()).contains("\"status\":\"accepted\"", "\"organisation\":\"HN\"", "\"period\":\"" + period
                + "\"", "\"version\":", "\"issues\":[", "\"message_vi\":\"Đã nhận: báo cáo của HN kỳ " + period);
        assertThat(jdbc.queryForObject("select uploaded_by from intake_file where file_name = 'hn-api.csv' "
                + "order by file_id desc limit 1", String.class)).isEqualTo("token:" + token.tokenId());

        PortalClient.Response wrongType = program.upload("/api/v1/submissions", "file", "hn.pdf", "%PDF".getBytes())
                .expectStatus(400);
        assertThat(wrongType.text()).contains("\"refusal\":\"wrong_type\"", "\"message_vi\":\"Lỗi: tệp hn.pdf: cổng nộp "
                + "báo cáo chỉ nhận tệp .xlsx", "\"message_en\":\"Error: file hn.pdf: the portal accepts only");
        PortalClient.Response rejected = program.upload("/api/v1/submissions", "file", "hn-sai.csv",
                ("organisation,period,indicator,value\nHN," + period + ",T1.DISSEM_EVENTS,nhiều\n").getBytes(StandardCharsets.UTF_8))
                .expectStatus(201);
        assertThat(rejected.text()).contains("\"status\":\"rejected\"", "\"rule\":\"not_a_number\"", "\"line\":2",
                "\"cell\":\"value\"", "\"indicator\":\"T1.DISSEM_EVENTS\"", "\"severity\":\"error\"");
    }

    @Test
    void aSubmitterOfOneOrganisationIsRefusedEverythingOfAnothersAndNothingIsStored() {
        long camauFile = jdbc.queryForObject("insert into intake_file (file_name, sha256, byte_size, received_at, outcome, "
                + "org_code, period_code) values ('cm.csv', md5(random()::text) || md5(random()::text), 1, now(), "
                + "'rejected', 'CAMAU', ?) returning file_id", Long.class, period);
        PortalClient clerk = loggedIn("hn-only", Set.of(Role.SUBMITTER), "HN");
        byte[] camau = SubmissionFiles.csv("CAMAU", period, answers(3), ',', null).getBytes(StandardCharsets.UTF_8);
        int before = files("CAMAU") + files("HN");

        clerk.get("/submit/CAMAU/" + period + "/template").expectStatus(403);
        clerk.get("/submit/CAMAU/history").expectStatus(403);
        clerk.get("/submit/CAMAU/errors/" + camauFile).expectStatus(403);
        clerk.get("/submit/HN/errors/" + camauFile).expectStatus(404);
        clerk.get("/submit");
        clerk.upload("/submit/CAMAU/" + period, "file", "cm.csv", camau).expectStatus(403);
        clerk.get("/submit");
        String refused = clerk.upload("/submit/HN/" + period, "file", "cm.csv", camau).expectStatus(403).text();
        assertThat(refused).contains("id=\"verdict-refused\"", "tệp là báo cáo của tổ chức &#39;CAMAU&#39;");
        PortalClient program = anonymous().withToken(tokens.create("HN", "hn", "test-admin").secret());
        assertThat(program.upload("/api/v1/submissions", "file", "cm.csv", camau).expectStatus(403).text())
                .contains("\"refusal\":\"forbidden\"", "\"message_en\":\"Error: file cm.csv: the file is the report of "
                        + "organisation 'CAMAU'; this account may not submit for it; nothing was stored");

        assertThat(files("CAMAU") + files("HN")).isEqualTo(before);
    }

    @Test
    void anUploadWithoutItsCsrfTokenIsRefusedAndASubmitterOfTwoChoosesBetweenThem() {
        PortalClient clerk = loggedIn("two", Set.of(Role.SUBMITTER), "HN", "CAMAU");
        String page = clerk.get("/submit").expectStatus(200).text();
        assertThat(page).contains("Chọn đơn vị", "href=\"#org-CAMAU\"", "href=\"#org-HN\"", "Cà Mau (CAMAU)");
        assertThat(clerk.get("/submit?lang=en").text()).contains("Submit a report", "Choose an organisation");
        int before = files("HN");

        clerk.upload("/submit/HN/" + period, "file", "hn.csv", SubmissionFiles.csv("HN", period, answers(5), ',', null)
                .getBytes(StandardCharsets.UTF_8), false).expectStatus(403);

        assertThat(files("HN")).isEqualTo(before);
    }

    @Test
    void aFileWithHundredsOfProblemsKeepsThePageSmallAndTheErrorReportHasThemAll() {
        StringBuilder csv = new StringBuilder("organisation,period,indicator,value\n");
        for (int i = 0; i < 400; i++) {
            csv.append("HN,").append(period).append(",T9.KHONG_CO_").append(i).append(",1\n");
        }
        PortalClient clerk = loggedIn("many", Set.of(Role.SUBMITTER), "HN");
        clerk.get("/submit");

        PortalClient.Response page = clerk.upload("/submit/HN/" + period, "file", "nhieu-loi.csv",
                csv.toString().getBytes(StandardCharsets.UTF_8)).expectStatus(200);

        int stored = jdbc.queryForObject("select error_count from intake_file where file_name = 'nhieu-loi.csv' "
                + "order by file_id desc limit 1", Integer.class);
        assertThat(stored).isGreaterThan(400);
        assertThat(page.body().length).isLessThan(300_000);
        assertThat(page.text()).contains("T9.KHONG_CO_0", "… và " + (stored - 200) + " vấn đề khác")
                .doesNotContain("T9.KHONG_CO_399");
    }
}
