package vn.dnnd.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.dnnd.access.Role;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * The status board of 2025 with the review of submissions: Hà Nội's version 1 counts and its version 2 awaits
 * review; Lào Cai sent only a version awaiting review; Cao Bằng's only version was returned; MTTQ's version 1
 * counts and its version 2 was returned; Huế sent nothing. On the page, in its workbook and in the API.
 */
class StatusBoardReviewTests extends PortalTestServer {

    static final String REASON = "Số đoàn ra không khớp với thuyết minh nhiệm vụ 3";

    @Autowired
    ObjectMapper json;

    @BeforeEach
    void fixture() {
        TestDatabase.clearCollectedAndComputed(jdbc);
        SubmissionFixture submissions = new SubmissionFixture(jdbc);
        ReviewFixture review = new ReviewFixture(jdbc);
        submissions.submit("HN", "2025");
        review.awaiting("HN", "2025");
        review.awaiting("LAOCAI", "2025");
        review.returned("CAOBANG", "2025", REASON, "reviewer.a");
        submissions.submit("MTTQ", "2025").late();
        review.returned("MTTQ", "2025", "Thiếu thuyết minh nhiệm vụ 8", "reviewer.b");
    }

    @Test
    void theBoardShowsWhatCountsWhatAwaitsReviewAndWhatWasReturnedWithTheReason() {
        PortalClient reviewer = loggedIn("reviewer", Set.of(Role.REVIEWER));
        String page = reviewer.get("/status/2025").expectStatus(200).text();

        assertThat(count(page, "đã gửi, được tính")).isEqualTo(2);
        assertThat(count(page, "có phiên bản chờ duyệt, chưa được tính")).isEqualTo(2);
        assertThat(count(page, "bị trả lại để sửa, chưa gửi lại")).as("Cao Bằng and MTTQ").isEqualTo(2);
        assertThat(page).containsPattern("chưa có báo cáo được tính \\(\\d+ đã quá hạn, 0 chưa đến hạn\\)")
                .contains("<th scope=\"col\">Duyệt</th>");
        assertThat(row(page, "HN")).contains("Đã gửi, đúng hạn", "Phiên bản 2 chờ duyệt, chưa được tính");
        assertThat(row(page, "LAOCAI")).as("sent, so not 'not sent'; not counted either")
                .contains("Đã gửi, chờ duyệt, chưa được tính", "Phiên bản 1 chờ duyệt, chưa được tính")
                .doesNotContain("Chưa gửi");
        assertThat(row(page, "CAOBANG")).contains("Chưa gửi, đã quá hạn", "Phiên bản 1 bị trả lại để sửa, chưa gửi lại.",
                "Lý do: " + REASON);
        assertThat(row(page, "MTTQ")).contains("Đã gửi, quá hạn", "Phiên bản 2 bị trả lại để sửa",
                "Lý do: Thiếu thuyết minh nhiệm vụ 8");
        assertThat(row(page, "HUE")).contains("Chưa gửi, đã quá hạn").doesNotContain("Phiên bản");

        String english = reviewer.get("/status/2025?lang=en").expectStatus(200).text();
        assertThat(row(english, "LAOCAI")).contains("Sent, awaiting review, not counted yet",
                "Version 1 awaiting review, not counted yet");
        assertThat(row(english, "CAOBANG")).contains("Version 1 returned for correction, not sent again.", "Reason: " + REASON);
        assertThat(english).contains("with a version awaiting review, not counted yet");
    }

    @Test
    void theWorkbookHasTheReviewColumns() throws Exception {
        PortalClient leader = loggedIn("leader", Set.of(Role.LEADER));
        byte[] export = leader.get("/status/2025/export").expectStatus(200).body();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet sheet = workbook.getSheet("Cơ quan, đơn vị");
            assertThat(texts(sheet.getRow(0))).endsWith("Duyệt", "Phiên bản chờ duyệt", "Phiên bản bị trả lại",
                    "Lý do trả lại");
            assertThat(texts(find(sheet, "LAOCAI"))).contains("Đã gửi, chờ duyệt, chưa được tính",
                    "Chờ duyệt, chưa được tính");
            assertThat(texts(find(sheet, "CAOBANG"))).endsWith("Bị trả lại để sửa, chưa gửi lại", "1", REASON);
            assertThat(texts(find(workbook.getSheet("Tổng hợp"), "Có phiên bản chờ duyệt, chưa được tính")))
                    .containsExactly("Có phiên bản chờ duyệt, chưa được tính", "2");
            assertThat(texts(find(workbook.getSheet("Tổng hợp"), "Bị trả lại để sửa, chưa gửi lại")))
                    .containsExactly("Bị trả lại để sửa, chưa gửi lại", "2");
        }
    }

    @Test
    void theApiGivesEachReportersReviewStateAndTheVersionAwaitingReview() {
        PortalClient analyst = loggedIn("analyst", Set.of(Role.ANALYST));
        JsonNode status = json.readTree(analyst.get("/api/v1/periods/2025/status").expectStatus(200).text());

        assertThat(status.get("counts").get("awaiting_review").asInt()).isEqualTo(2);
        assertThat(status.get("counts").get("returned").asInt()).isEqualTo(2);
        JsonNode hanoi = reporter(status, "HN");
        assertThat(hanoi.get("review_state").asString()).isEqualTo("awaiting");
        assertThat(hanoi.get("awaiting_version").asInt()).isEqualTo(2);
        assertThat(hanoi.get("version").asInt()).as("the version that counts").isEqualTo(1);
        JsonNode laoCai = reporter(status, "LAOCAI");
        assertThat(laoCai.get("review_state").asString()).isEqualTo("awaiting");
        assertThat(laoCai.get("awaiting_version").asInt()).isEqualTo(1);
        assertThat(laoCai.get("submitted").asBoolean()).as("not counted as submitted").isFalse();
        assertThat(laoCai.get("version").isNull()).isTrue();
        JsonNode caoBang = reporter(status, "CAOBANG");
        assertThat(caoBang.get("review_state").asString()).isEqualTo("returned");
        assertThat(caoBang.get("returned_version").asInt()).isEqualTo(1);
        assertThat(caoBang.get("returned_reason").asString()).isEqualTo(REASON);
        assertThat(caoBang.get("awaiting_version").isNull()).isTrue();
        assertThat(reporter(status, "MTTQ").get("review_state").asString()).isEqualTo("returned");
        assertThat(reporter(status, "HUE").get("review_state").isNull()).as("nothing received").isTrue();

        new SubmissionFixture(jdbc).submit("HUE", "2025");
        JsonNode after = json.readTree(analyst.get("/api/v1/periods/2025/status?kind=province").expectStatus(200).text());
        assertThat(reporter(after, "HUE").get("review_state").asString()).isEqualTo("accepted");
    }

    /** The number shown in the counts list before a label. */
    private static int count(String page, String label) {
        Matcher m = Pattern.compile("<strong>([0-9.]+)</strong> <span>" + Pattern.quote(label) + "</span>").matcher(page);
        assertThat(m.find()).as("a count labelled " + label).isTrue();
        return Integer.parseInt(m.group(1).replace(".", ""));
    }

    private static String row(String page, String code) {
        Matcher m = Pattern.compile("(?s)<tr id=\"org-" + code + "\">.*?</tr>").matcher(page);
        assertThat(m.find()).as("a row for " + code).isTrue();
        return m.group();
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
