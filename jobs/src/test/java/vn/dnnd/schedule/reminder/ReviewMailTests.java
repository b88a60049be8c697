package vn.dnnd.schedule.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.DnndApplication;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.review.ReviewDecision;
import vn.dnnd.submission.review.ReviewService;
import vn.dnnd.support.ReviewFixture;
import vn.dnnd.support.SubmissionFixture;
import vn.dnnd.support.TestDatabase;

/**
 * Mail about the review, with SMTP (GreenMail) and review on as shipped. The mail telling an organisation that a
 * reviewer returned its version: exactly one per return, with the reason, after the decision; none on acceptance;
 * none without a contact address (recorded so); a mail server that is down changes no decision. The reminder:
 * it names organisations whose latest version was returned, with the reason, and leaves alone those whose report
 * awaits review (neither reminded nor counted as submitted).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReviewMailTests {

    static final String REASON = "Số đoàn ra (T3.DELEGATIONS_OUT) không khớp với thuyết minh nhiệm vụ 3;\n"
            + "đề nghị kiểm tra lại cột D.";

    static GreenMail smtp;
    static ConfigurableApplicationContext withMail;

    JdbcTemplate jdbc;
    ReviewService review;
    ReviewFixture versions;

    @BeforeAll
    static void startMailAndApplication() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        withMail = new SpringApplicationBuilder(DnndApplication.class).run(
                "--dnnd.home=" + System.getProperty("dnnd.home"), "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--dnnd.reminder.from=tong-hop@example.org",
                "--dnnd.reminder.portal-url=https://ct12.example.vn/", "--dnnd.review.required=true");
    }

    @AfterAll
    static void stop() {
        withMail.close();
        smtp.stop();
    }

    @BeforeEach
    void fixture() throws Exception {
        jdbc = withMail.getBean(JdbcTemplate.class);
        review = withMail.getBean(ReviewService.class);
        withMail.getBean(ReferenceDataService.class).load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        jdbc.update("update organisation set contact_email = null");
        jdbc.update("update organisation set contact_email = 'van-phong@laocai.example.org' where code = 'LAOCAI'");
        jdbc.update("update organisation set contact_email = 'vp@hanoi.example.org' where code = 'HN'");
        versions = new ReviewFixture(jdbc);
        smtp.purgeEmailFromAllMailboxes();
    }

    @AfterEach
    void forgetContacts() {
        jdbc.update("update organisation set contact_email = null");
        jdbc.update("delete from reminder_mail");
    }

    @Test
    @Order(1)
    void returningAVersionMailsTheOrganisationOnceWithTheReasonAndAcceptingMailsNobody() throws Exception {
        new SubmissionFixture(jdbc).submit("LAOCAI", "2025");
        long laoCai = versions.awaiting("LAOCAI", "2025");
        long hanoi = versions.awaiting("HN", "2025");
        long hue = versions.awaiting("HUE", "2025");

        // One mail at a time, in order: had the acceptance sent one, it would arrive before the return's.
        review.decide(hanoi, ReviewDecision.ACCEPT, null, "reviewer.a", ReviewFixture.DECIDED);
        review.decide(laoCai, ReviewDecision.RETURN, REASON, "reviewer.b", ReviewFixture.DECIDED);
        review.decide(hue, ReviewDecision.RETURN, "Thiếu thuyết minh", "reviewer.b", ReviewFixture.DECIDED);

        assertThat(mailsRecorded(2)).containsExactly("HUE no_address -", "LAOCAI sent van-phong@laocai.example.org");
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).as("one mail: the return with an address; none for the acceptance").hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)[0].toString()).isEqualTo("van-phong@laocai.example.org");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("tong-hop@example.org");
        assertThat(mail.getSubject()).isEqualTo("[Chỉ thị 12-CT/TW] Trả lại để sửa: Báo cáo năm 2025 của Lào Cai, "
                + "phiên bản 2 (Returned for correction: Annual report 2025 of Lao Cai, version 2)");
        String body = ((String) mail.getContent()).replace("\r\n", "\n");
        assertThat(body).startsWith("Kính gửi: Lào Cai")
                .contains("Phiên bản 2 của báo cáo năm 2025 về kết quả thực hiện Chỉ thị 12-CT/TW của đơn vị (tệp "
                        + "\"laocai-2025-v2.csv\", nhận lúc 10/12/2025 09:00) đã được trả lại để sửa lúc 11/12/2025 15:30.")
                .contains("Lý do trả lại (người duyệt reviewer.b):\n  Số đoàn ra (T3.DELEGATIONS_OUT) không khớp với "
                        + "thuyết minh nhiệm vụ 3;\n  đề nghị kiểm tra lại cột D.")
                .contains("Phiên bản 1 đã được duyệt trước đó vẫn được tính")
                .contains("trang \"Lịch sử gửi báo cáo\": https://ct12.example.vn/submit/LAOCAI/history")
                .contains("Dear Lao Cai,", "Version 2 of your Annual report 2025",
                        "Reason given by the reviewer (reviewer.b), as written:", "Version 1, accepted earlier, counts")
                .doesNotContain("Hà Nội", "Huế");
        assertThat(body.indexOf("Kính gửi")).as("Vietnamese first").isLessThan(body.indexOf("Dear"));
        assertThat(status(laoCai)).isEqualTo("returned");
        assertThat(status(hanoi)).isEqualTo("accepted");
    }

    @Test
    @Order(2)
    void theReminderNamesReturnedReportsWithTheReasonAndLeavesReportsAwaitingReviewAlone() throws Exception {
        ReminderFixture.build(jdbc);
        versions.awaiting("TUYENQUANG", "2025");
        versions.returned("CAOBANG", "2025", "Thiếu số liệu nhiệm vụ 5", "reviewer.a");
        versions.returned("HUE", "2025", "Sai đơn vị tính ở cột E", "reviewer.a");
        long hueAgain = jdbc.queryForObject("""
                insert into intake_file (file_name, sha256, byte_size, channel, received_at, outcome, org_code, period_code,
                                         error_count)
                values ('hue-2025-v2.csv', ?, 900, 'csv', '2025-12-12T08:00:00+07', 'rejected', 'HUE', '2025', 1)
                returning file_id""", Long.class, "d".repeat(64));
        jdbc.update("""
                insert into validation_issue (file_id, line_no, indicator_code, rule, severity, message_vi, message_en)
                values (?, 7, 'T5.OVERSEAS_EVENTS', 'required', 'error', 'Thiếu giá trị', 'Value missing')""", hueAgain);
        versions.returned("HN", "2025", "Số liệu nhiệm vụ 2 chưa khớp", "reviewer.b");
        for (String code : List.of("LAOCAI", "TUYENQUANG", "CAOBANG", "HUE", "HN")) {
            jdbc.update("update organisation set contact_email = ? where code = ?", code.toLowerCase() + "@example.org", code);
        }

        JobExecution execution = withMail.getBean(ReminderService.class).run("2025", "due-3d-review", id -> { });

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReviewMailTests::recipient))
                .as("not Tuyên Quang (its report awaits review) nor Hà Nội (its version 1 counts)")
                .containsExactlyInAnyOrder("laocai@example.org", "caobang@example.org", "hue@example.org");
        assertThat(jdbc.queryForList("""
                select o.code || ' ' || m.status from reminder_mail m join organisation o using (org_id)
                 where m.reminder = 'due-3d-review' order by o.code""", String.class))
                .containsExactly("CAOBANG returned", "HUE returned", "LAOCAI rejected");
        MimeMessage caoBang = mailTo("caobang@example.org");
        assertThat(caoBang.getSubject()).isEqualTo("[Chỉ thị 12-CT/TW] Nhắc gửi lại Báo cáo năm 2025 bị trả lại để sửa — "
                + "hạn 15/12/2025 (Reminder: Annual report 2025 returned for correction, due 2025-12-15)");
        assertThat(text(caoBang)).startsWith("Kính gửi: Cao Bằng")
                .contains("chưa có báo cáo năm 2025 về kết quả thực hiện Chỉ thị 12-CT/TW của đơn vị được tính vào số liệu "
                        + "tổng hợp")
                .contains("Phiên bản 1 (tệp \"caobang-2025-v1.csv\", gửi ngày 10/12/2025) đã bị trả lại để sửa, lý do:\n"
                        + "  Thiếu số liệu nhiệm vụ 5\nĐề nghị đơn vị sửa báo cáo và gửi lại toàn bộ tệp.")
                .contains("https://ct12.example.vn/submit/CAOBANG/history")
                .contains("Version 1 (file \"caobang-2025-v1.csv\", received 2025-12-10) was returned for correction.")
                .doesNotContain("chưa nhận được", "has not received");
        assertThat(text(mailTo("hue@example.org"))).contains("Sai đơn vị tính ở cột E")
                .contains("Tệp \"hue-2025-v2.csv\" gửi ngày 12/12/2025 chưa được chấp nhận vì các lỗi sau:\n"
                        + "  - [dòng (line) 7] Thiếu giá trị");

        Path file = Path.of(execution.getExecutionContext().getString("reminder.workbook"));
        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            Map<String, Double> counts = new HashMap<>();
            for (Row row : workbook.getSheet("Tổng hợp")) {
                if (row.getCell(1) != null && row.getCell(1).getCellType() == CellType.NUMERIC) {
                    counts.put(row.getCell(0).getStringCellValue(), row.getCell(1).getNumericCellValue());
                }
            }
            assertThat(counts).containsEntry("Đã nộp (submitted)", 2.0)
                    .containsEntry("Đã gửi, đang chờ duyệt, chưa được tính (sent, awaiting review, not counted yet)", 1.0)
                    .containsEntry("Bị trả lại để sửa, chưa gửi lại (returned for correction, not sent again)", 2.0)
                    .containsEntry("Tệp bị từ chối, chưa có báo cáo hợp lệ (rejected, no accepted report)", 1.0);
            Sheet organisations = workbook.getSheet("Đơn vị");
            assertThat(cells(organisations, "TUYENQUANG")).contains(
                    "Đã gửi, đang chờ duyệt, chưa được tính (sent, awaiting review, not counted yet)").endsWith("1");
            assertThat(cells(organisations, "CAOBANG")).contains(
                    "Bị trả lại để sửa, chưa gửi lại (returned for correction, not sent again)")
                    .endsWith("1", "Thiếu số liệu nhiệm vụ 5");
            assertThat(cells(organisations, "HN")).contains("Đã nộp (submitted)").endsWith("2", "Số liệu nhiệm vụ 2 chưa khớp");
        }
    }

    @Test
    @Order(3)
    void aMailServerThatIsDownChangesNoDecisionAndTheFailureIsRecorded() throws Exception {
        long laoCai = versions.awaiting("LAOCAI", "2025");
        smtp.stop();

        ReviewService.Decided decided = review.decide(laoCai, ReviewDecision.RETURN, REASON, "reviewer.b",
                ReviewFixture.DECIDED);

        assertThat(decided.toStatus()).isEqualTo("returned");
        assertThat(mailsRecorded(1)).containsExactly("LAOCAI failed van-phong@laocai.example.org");
        assertThat(jdbc.queryForObject("select error from review_mail", String.class)).isNotBlank();
        assertThat(status(laoCai)).isEqualTo("returned");
        assertThat(jdbc.queryForObject("select count(*) from review_decision where submission_id = ?", Integer.class, laoCai))
                .isEqualTo(1);
    }

    /** The rows of review_mail once there are {@code expected} (the mail goes on its own thread), at most 20 s. */
    private List<String> mailsRecorded(int expected) throws InterruptedException {
        long until = System.nanoTime() + 20_000_000_000L;
        while (System.nanoTime() < until
                && jdbc.queryForObject("select count(*) from review_mail", Integer.class) < expected) {
            Thread.sleep(50);
        }
        return jdbc.queryForList("""
                select o.code || ' ' || m.status || ' ' || coalesce(m.email, '-') from review_mail m
                join organisation o using (org_id) order by o.code""", String.class);
    }

    private static MimeMessage mailTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipient(m).equals(address)).findFirst().orElseThrow();
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(MimeMessage message) throws Exception {
        return ((String) message.getContent()).replace("\r\n", "\n");
    }

    /** The cells of an organisation's row, as text, to the last one written. */
    private static List<String> cells(Sheet sheet, String code) {
        DataFormatter formatter = new DataFormatter();
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(code)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.getLastCellNum(); i++) {
                    cells.add(row.getCell(i) == null ? "" : formatter.formatCellValue(row.getCell(i)));
                }
                return cells;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    private String status(long submissionId) {
        return jdbc.queryForObject("select status from submission where submission_id = ?", String.class, submissionId);
    }
}
