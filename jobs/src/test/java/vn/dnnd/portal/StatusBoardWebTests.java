package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.Role;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * The status board as a reviewer meets it, for 2025: Hà Nội reported on time, MTTQ late, Lào Cai sent only a
 * rejected file, everyone else nothing (and the due date is long past).
 */
class StatusBoardWebTests extends PortalTestServer {

    @Autowired
    ObjectMapper json;

    int expected;

    @BeforeEach
    void fixture() {
        TestDatabase.clearCollectedAndComputed(jdbc);
        SubmissionFixture submissions = new SubmissionFixture(jdbc);
        submissions.submit("HN", "2025");
        submissions.submit("MTTQ", "2025").late();
        jdbc.update("""
                insert into intake_file (file_name, sha256, byte_size, channel, received_at, outcome, org_code, period_code,
                                         error_count)
                values ('lao-cai-2025.xlsx', ?, 2048, 'xlsx', '2025-12-02T10:30:00+07', 'rejected', 'LAOCAI', '2025', 2)
                """, "b".repeat(64));
        expected = jdbc.queryForObject("select count(*) from period_reporter where period_code = '2025'", Integer.class);
    }

    @Test
    void aReviewerSeesOneRowPerExpectedReporterAndTheCountsOnTop() {
        PortalClient reviewer = loggedIn("reviewer", Set.of(Role.REVIEWER));
        reviewer.get("/status").expectRedirect("/status/" + currentPeriod());
        reviewer.get("/status?period=2025").expectRedirect("/status/2025");

        String page = reviewer.get("/status/2025").expectStatus(200).text();
        assertThat(page).contains("Tình hình nộp báo cáo: Báo cáo năm 2025", "Hạn gửi: 15/12/2025");
        assertThat(count(page, "phải báo cáo")).isEqualTo(expected);
        assertThat(count(page, "đã gửi")).isEqualTo(2);
        assertThat(count(page, "đúng hạn")).isEqualTo(1);
        assertThat(count(page, "quá hạn")).isEqualTo(1);
        assertThat(page).contains("chưa gửi (" + (expected - 2) + " đã quá hạn, 0 chưa đến hạn)");
        assertThat(rows(page)).hasSize(expected);
        assertThat(row(page, "HN")).contains("Hà Nội", "Đã gửi, đúng hạn", "10/12/2025 10:00", "Tệp JSON");
        assertThat(row(page, "MTTQ")).contains("Đã gửi, quá hạn", "18/12/2025 09:30");
        assertThat(row(page, "LAOCAI")).contains("Chưa gửi, đã quá hạn", "<td class=\"num\">1</td>")
                .doesNotContain("<td class=\"num\">0</td>");
        assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThan(300_000);
        assertThat(page).doesNotContain("style=", "<script>");

        String english = reviewer.get("/status/2025?lang=en").expectStatus(200).text();
        assertThat(row(english, "HN")).contains("Submitted on time", "10 Dec 2025, 10:00", "Hanoi");
        assertThat(english).contains("Due date: 15 Dec 2025");
    }

    @Test
    void filtersByRegionAndKindNarrowTheRowsAndTheCounts() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        String redRiver = analyst.get("/status/2025?region=DBSH&kind=").expectStatus(200).text();
        int inRegion = jdbc.queryForObject(
                "select count(*) from period_reporter where period_code = '2025' and region_code = 'DBSH'", Integer.class);
        assertThat(rows(redRiver)).hasSize(inRegion).allSatisfy(row -> assertThat(row).contains("Vùng đồng bằng sông Hồng"));
        assertThat(count(redRiver, "phải báo cáo")).isEqualTo(inRegion);
        assertThat(count(redRiver, "đã gửi")).isEqualTo(1);
        assertThat(redRiver).contains("<option value=\"DBSH\" selected=\"selected\">");

        String central = analyst.get("/status/2025?kind=central_org").expectStatus(200).text();
        assertThat(row(central, "MTTQ")).contains("Đã gửi, quá hạn");
        assertThat(central).doesNotContain("id=\"org-HN\"");

        String wrongRegion = analyst.get("/status/2025?region=ATLANTIS").expectStatus(400).text();
        assertThat(wrongRegion).contains("Không có vùng &quot;ATLANTIS&quot;").doesNotContain("Exception");
        assertThat(analyst.get("/status/2025?kind=embassy").expectStatus(400).text()).contains("&quot;embassy&quot;");
        assertThat(analyst.get("/status/1999").expectStatus(400).text()).contains("Không có kỳ báo cáo &quot;1999&quot;");
    }

    @Test
    void theExportHasTheBoardsRowsWithTheSameFiltersAndIsAudited() throws Exception {
        PortalClient leader = loggedIn("leader", Set.of(Role.LEADER));
        PortalClient.Response export = leader.get("/status/2025/export?kind=province").expectStatus(200);
        assertThat(export.header("Content-Type")).startsWith(StatusBoardController.XLSX.toString());
        assertThat(export.header("Content-Disposition")).contains("trang-thai-nop-bao-cao-2025-province.xlsx");
        int provinces = jdbc.queryForObject(
                "select count(*) from period_reporter where period_code = '2025' and kind = 'province'", Integer.class);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            Sheet sheet = workbook.getSheet("Cơ quan, đơn vị");
            assertThat(sheet.getLastRowNum()).isEqualTo(provinces);
            List<String> hanoi = texts(find(sheet, "HN"));
            assertThat(hanoi).containsSubsequence("HN", "Hà Nội", "Hanoi", "Tỉnh, thành phố", "DBSH");
            assertThat(hanoi).contains("Đã gửi, đúng hạn", "1", "10/12/2025 10:00");
            assertThat(texts(find(sheet, "LAOCAI"))).contains("Chưa gửi, đã quá hạn");
        }
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = ? and target = 'status:2025'
                   and detail = 'trang-thai-nop-bao-cao-2025-province.xlsx' and actor like 'leader-%'""",
                Integer.class, AuditLog.DOWNLOAD)).isEqualTo(1);
    }

    @Test
    void theApiGivesEveryReporterWithItsStateInSnakeCase() {
        PortalClient admin = loggedIn("admin", Set.of(Role.ADMIN));
        JsonNode status = json.readTree(admin.get("/api/v1/periods/2025/status").expectStatus(200).text());
        assertThat(status.get("period").get("code").asString()).isEqualTo("2025");
        assertThat(status.get("period").get("due_on").asString()).isEqualTo("2025-12-15");
        assertThat(status.get("counts").get("expected").asInt()).isEqualTo(expected);
        assertThat(status.get("counts").get("on_time").asInt()).isEqualTo(1);
        assertThat(status.get("counts").get("overdue").asInt()).isEqualTo(expected - 2);
        assertThat(status.get("reporters")).hasSize(expected);
        JsonNode hanoi = reporter(status, "HN");
        assertThat(hanoi.get("state").asString()).isEqualTo("on_time");
        assertThat(hanoi.get("on_time").asBoolean()).isTrue();
        assertThat(hanoi.get("version").asInt()).isEqualTo(1);
        assertThat(hanoi.get("received_at").asString()).isEqualTo("2025-12-10T10:00:00+07:00");
        assertThat(hanoi.get("region_code").asString()).isEqualTo("DBSH");
        JsonNode laoCai = reporter(status, "LAOCAI");
        assertThat(laoCai.get("state").asString()).isEqualTo("overdue");
        assertThat(laoCai.get("version").isNull()).as("missing is null, not 0").isTrue();
        assertThat(laoCai.get("on_time").isNull()).isTrue();
        assertThat(laoCai.get("rejected_attempts").asInt()).isEqualTo(1);
        assertThat(reporter(status, "MTTQ").get("state").asString()).isEqualTo("late");

        JsonNode ministries = json.readTree(admin.get("/api/v1/periods/2025/status?kind=ministry").expectStatus(200).text());
        assertThat(ministries.get("filter").get("kind").asString()).isEqualTo("ministry");
        assertThat(ministries.get("reporters")).allSatisfy(r -> assertThat(r.get("kind").asString()).isEqualTo("ministry"));
        JsonNode refused = json.readTree(admin.get("/api/v1/periods/2025/status?region=ATLANTIS").expectStatus(400).text());
        assertThat(refused.toString()).contains("ATLANTIS");
    }

    @Test
    void aSubmitterMayNotSeeTheBoard() {
        PortalClient clerk = loggedIn("clerk", Set.of(Role.SUBMITTER), "HN");
        clerk.get("/status/2025").expectStatus(403);
        clerk.get("/status/2025/export").expectStatus(403);
        clerk.get("/api/v1/periods/2025/status").expectStatus(403);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = ? and actor like 'clerk-%'",
                Integer.class, AuditLog.DOWNLOAD)).isZero();
        anonymous().get("/status/2025").expectRedirect("/login");
        anonymous().get("/api/v1/periods/2025/status").expectStatus(401);
    }

    private String currentPeriod() {
        return jdbc.queryForObject("""
                select code from reporting_period where kind = 'annual' and locks_on >= (now() at time zone 'Asia/Ho_Chi_Minh')::date
                order by ends_on limit 1""", String.class);
    }

    /** The number shown in the counts list before a label: {@code <strong>62</strong> <span>phải báo cáo…}. */
    private static int count(String page, String label) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<strong>([0-9.]+)</strong> <span>" + label).matcher(page);
        assertThat(m.find()).as("a count labelled " + label).isTrue();
        return Integer.parseInt(m.group(1).replace(".", ""));
    }

    private static List<String> rows(String page) {
        List<String> rows = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?s)<tr id=\"org-[^\"]+\">.*?</tr>").matcher(page);
        while (m.find()) {
            rows.add(m.group());
        }
        return rows;
    }

    private static String row(String page, String code) {
        return rows(page).stream().filter(r -> r.startsWith("<tr id=\"org-" + code + "\">")).findFirst().orElseThrow();
    }

    private static JsonNode reporter(JsonNode status, String code) {
        for (JsonNode reporter : status.get("reporters")) {
            if (reporter.get("code").asString().equals(code)) {
                return reporter;
            }
        }
        throw new AssertionError("no reporter " + code);
    }

    private static Row find(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && code.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
        return texts;
    }
}
