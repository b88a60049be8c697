package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dnnd.access.Role;
import vn.dnnd.indicator.ComputeService;
import vn.dnnd.indicator.MergerFixture;
import vn.dnnd.report.Edition;
import vn.dnnd.report.RenderService;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.SubmissionFixture;

/**
 * The reports pages and API as a leader and an analyst use them: two editions of 2025 (the second after Hà Nội
 * sent a new version), the files each role may open, a file by its id with its headers and audit row, the
 * last two editions compared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportPagesTests extends PortalTestServer {

    @Autowired
    ComputeService compute;
    @Autowired
    RenderService render;
    @Autowired
    ObjectMapper json;

    Edition first;
    Edition second;

    @BeforeAll
    void twoEditions() {
        MergerFixture.computed(jdbc, reference, compute);
        first = render.render("2025", "briefing,workbook", null);
        new SubmissionFixture(jdbc).submit("HN", "2025").number("T3.DELEGATIONS_OUT", 1250);
        compute.compute("2025");
        second = render.render("2025", "briefing,workbook", null);
    }

    @Test
    void aLeaderListsTheEditionsAndOpensTheBriefingButNotTheWorkbook() throws IOException {
        PortalClient leader = loggedIn("leader", Set.of(Role.LEADER));
        assertThat(leader.get("/reports").expectStatus(200).text()).contains("href=\"/reports/2025\"");

        String page = leader.get("/reports/2025").expectStatus(200).text();
        Edition.Artifact briefing = file(second, "briefing", "vi");
        Edition.Artifact workbook = file(second, "workbook", "vi");
        assertThat(page).contains("Lần xuất bản 2", "Lần xuất bản 1", "Báo cáo tóm tắt", "Tiếng Anh",
                        "href=\"/reports/artifacts/" + briefing.id() + "\"",
                        "href=\"/reports/artifacts/" + briefing.id() + "?download=true\"", "href=\"/reports/2025/diff\"")
                .doesNotContain("/reports/artifacts/" + workbook.id() + "\"", "Số liệu phân tích");
        assertThat(page.indexOf("Lần xuất bản 2")).as("newest first").isLessThan(page.indexOf("Lần xuất bản 1"));
        assertThat(page.getBytes().length).isLessThan(300_000);
        assertThat(page).contains(vietnameseSize(briefing.bytes()));

        PortalClient.Response pdf = leader.get("/reports/artifacts/" + briefing.id() + "?download=true").expectStatus(200);
        assertThat(pdf.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(pdf.header("Content-Disposition")).isEqualTo("attachment; filename=\"bao-cao-tom-tat-2025-vi.pdf\"; "
                + "filename*=UTF-8''bao-cao-tom-tat-2025-vi.pdf");
        assertThat(pdf.body()).isEqualTo(Files.readAllBytes(briefing.path()));
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Số đoàn ra thực hiện hoạt động đối ngoại nhân dân", "Đồng Nai");
        }
        assertThat(leader.get("/reports/artifacts/" + briefing.id()).expectStatus(200).header("Content-Disposition"))
                .startsWith("inline; ");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'download' and target = ? and detail like '2025 edition 2 briefing vi %'
                  and actor like 'leader-%' and address = '127.0.0.1'""", Integer.class, "artifact:" + briefing.id()))
                .isEqualTo(2);

        PortalClient.Response refused = leader.get("/reports/artifacts/" + workbook.id()).expectStatus(403);
        assertThat(refused.text()).contains("Vai trò của bạn không được mở tệp báo cáo số " + workbook.id());
        JsonNode apiRefused = json.readTree(leader.get("/api/v1/artifacts/" + workbook.id()).expectStatus(403).text());
        assertThat(apiRefused.get("message_en").asString()).contains("may not open report file " + workbook.id());
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'download' and target = ? and actor like 'leader-%'""",
                Integer.class, "artifact:" + workbook.id())).as("nothing sent, nothing recorded").isZero();

        String english = leader.get("/reports/2025?lang=en").expectStatus(200).text();
        assertThat(english).contains("Edition 2", "Leaders&#39; briefing", englishSize(briefing.bytes()));
    }

    @Test
    void anAnalystFetchesTheWorkbookThroughTheApi() throws IOException {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        Edition.Artifact workbook = file(second, "workbook", "vi");
        assertThat(analyst.get("/reports/2025").expectStatus(200).text()).contains("Số liệu phân tích",
                "href=\"/reports/artifacts/" + workbook.id() + "\"");

        PortalClient.Response xlsx = analyst.get("/api/v1/artifacts/" + workbook.id()).expectStatus(200);
        assertThat(xlsx.header("Content-Type")).isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.header("Content-Disposition")).startsWith("attachment; filename=\"so-lieu-phan-tich-2025-vi.xlsx\"");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheet("Chỉ tiêu toàn quốc")).isNotNull();
            assertThat(book.getSheet("Số liệu gốc").getPhysicalNumberOfRows()).isGreaterThan(1);
        }
    }

    @Test
    void anUnknownArtifactIsNotFoundOnThePageAndInTheApi() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        long unknown = jdbc.queryForObject("select max(artifact_id) + 1000 from report_artifact", Long.class);
        assertThat(analyst.get("/reports/artifacts/" + unknown).expectStatus(404).text())
                .contains("Không có tệp báo cáo số " + unknown);
        assertThat(analyst.get("/api/v1/artifacts/" + unknown).expectStatus(404).text())
                .contains("\"message_vi\":\"Không có tệp báo cáo số " + unknown + "\"");
        // an id is a number: anything else names no recorded file either
        assertThat(analyst.get("/reports/artifacts/db-password").expectStatus(404).text())
                .contains("Không tìm thấy db-password").contains("not found: db-password");
    }

    @Test
    void theApiListsTheEditionsWithTheFilesTheCallerMayFetch() {
        JsonNode leader = json.readTree(loggedIn("leader", Set.of(Role.LEADER)).get("/api/v1/periods/2025/editions")
                .expectStatus(200).text());
        assertThat(leader.get("period").asString()).isEqualTo("2025");
        JsonNode editions = leader.get("editions");
        assertThat(editions.size()).isEqualTo(2);
        JsonNode newest = editions.get(1);
        assertThat(newest.get("edition").asInt()).isEqualTo(second.number());
        assertThat(newest.get("run_id").isNumber()).isTrue();
        assertThat(newest.get("files").size()).isEqualTo(2);
        JsonNode briefing = newest.get("files").get(0);
        Edition.Artifact recorded = file(second, "briefing", "vi");
        assertThat(briefing.get("id").asLong()).isEqualTo(recorded.id());
        assertThat(briefing.get("kind").asString()).isEqualTo("briefing");
        assertThat(briefing.get("format").asString()).isEqualTo("pdf");
        assertThat(briefing.get("file_name").asString()).isEqualTo("bao-cao-tom-tat-2025-vi.pdf");
        assertThat(briefing.get("bytes").asLong()).isEqualTo(recorded.bytes());
        assertThat(briefing.get("href").asString()).isEqualTo("/api/v1/artifacts/" + recorded.id());

        JsonNode analyst = json.readTree(loggedIn("analyst", Set.of(Role.ANALYST)).get("/api/v1/periods/2025/editions")
                .expectStatus(200).text());
        assertThat(analyst.get("editions").get(1).get("files").size()).isEqualTo(4);
    }

    @Test
    void theDiffPageComparesTheLastTwoEditionsOrSaysWhyItCannot() {
        PortalClient leader = loggedIn("leader", Set.of(Role.LEADER));
        String diff = leader.get("/reports/2025/diff").expectStatus(200).text();
        // national delegations 12 + 30 + 25 + 40 = 107, then Hà Nội's 1.250 instead of 25: 1.332
        assertThat(diff).contains("Lần xuất bản 1 → 2").containsPattern(
                "T3\\.DELEGATIONS_OUT</code>[^<]*<span>[^<]+</span></td>\\s*<td>Toàn quốc</td>\\s*"
                        + "<td class=\"num\">107</td>\\s*<td class=\"num\">1\\.332</td>")
                .containsPattern("<td>thay thế</td>\\s*<td><code>HN</code> <span>[^<]+</span></td>\\s*"
                        + "<td class=\"num\">v1</td>\\s*<td class=\"num\">v2</td>");
        assertThat(leader.get("/reports/2025/diff?lang=en").text()).contains("Edition 1 → 2", "1,332", "replaced");
        assertThat(leader.get("/reports/2024/diff?lang=vi").expectStatus(200).text())
                .contains("Kỳ 2024 có 0 lần xuất bản; cần ít nhất 2 lần để so sánh.");
    }

    @Test
    void theDiffPageSaysWhatAwaitsReviewAndWhatWasReturnedSinceTheLastEdition() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        assertThat(analyst.get("/reports/2025/diff").expectStatus(200).text()).as("nothing to say")
                .doesNotContain("Duyệt lúc này", "chờ duyệt");
        ReviewFixture review = new ReviewFixture(jdbc);
        List<Long> versions = List.of(review.awaiting("CAOBANG", "2025"), review.awaiting("HUE", "2025"),
                review.returned("LAOCAI", "2025", "Thiếu thuyết minh nhiệm vụ 8 <b>", "reviewer.a"));
        try {
            String diff = analyst.get("/reports/2025/diff").expectStatus(200).text();
            assertThat(diff).contains("Duyệt lúc này (lần xuất bản sau có thể thay đổi)",
                            "Lúc này có 2 phiên bản đang chờ duyệt, chưa được tính trong số liệu.",
                            "Bị trả lại để sửa, chưa gửi lại (1)")
                    .containsPattern("<td><code>LAOCAI</code> <span>Lào Cai</span></td>\\s*<td class=\"num\">v1</td>\\s*"
                            + "<td>Thiếu thuyết minh nhiệm vụ 8 &lt;b&gt;</td>");
            assertThat(analyst.get("/reports/2025/diff?lang=en").text())
                    .contains("Versions awaiting review now, not counted in the figures: 2.",
                            "Returned for correction, not sent again (1)");
        } finally {
            // The class's other tests share its editions: these versions leave the review (a submission row is kept).
            versions.forEach(id -> jdbc.update("update submission set status = 'superseded' where submission_id = ?", id));
        }
    }

    private static Edition.Artifact file(Edition edition, String kind, String language) {
        return edition.files().stream().filter(f -> f.kind().equals(kind) && f.language().equals(language)).findFirst()
                .orElseThrow();
    }

    private static String vietnameseSize(long bytes) {
        return englishSize(bytes).replace(',', '.');
    }

    private static String englishSize(long bytes) {
        return String.format(java.util.Locale.ROOT, "%,d", bytes);
    }
}
