package vn.dnnd.schedule.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.DnndApplication;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.system.DnndException;

/** reminderJob on the embedded PostgreSQL: the status workbook always, reminder mail only with SMTP. */
@SpringBootTest
class ReminderJobTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReminderService reminders;

    @Autowired
    ContactsService contacts;

    @TempDir
    Path temp;

    @BeforeEach
    void fixture(@Autowired ReferenceDataService referenceData) {
        referenceData.load();
        ReminderFixture.build(jdbc);
    }

    @AfterEach
    void forgetContacts() {
        jdbc.update("update organisation set contact_email = null");
        jdbc.update("delete from reminder_mail");
    }

    @Test
    void withoutSmtpItWritesTheStatusWorkbookOnly() throws Exception {
        loadContacts("LAOCAI,van-phong@laocai.example.org", "TUYENQUANG,doi-ngoai@tuyenquang.example.org");

        JobExecution execution = reminders.run("2025", "due-14d", id -> { });

        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getStepExecutions()).extracting(s -> s.getStepName()).containsExactly("reminderStatusWorkbookStep");
        Path file = Path.of(execution.getExecutionContext().getString("reminder.workbook"));
        assertThat(file).exists().hasParent(Path.of(System.getProperty("dnnd.home")).toAbsolutePath().normalize()
                .resolve("reports/reminders/2025"));
        int expected = jdbc.queryForObject("select count(*) from period_reporter where period_code = '2025'", Integer.class);

        try (InputStream in = Files.newInputStream(file); Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(sheetNames(workbook)).containsExactly("Tổng hợp", "Đơn vị", "Lỗi tệp bị từ chối");
            Map<String, Object> summary = labelled(workbook.getSheet("Tổng hợp"));
            assertThat(summary).containsEntry("Kỳ báo cáo (period)", "Báo cáo năm 2025 (2025)")
                    .containsEntry("Hạn nộp (due date)", "15/12/2025")
                    .containsEntry("Đơn vị phải báo cáo (expected)", (double) expected)
                    .containsEntry("Đã nộp (submitted)", 2.0)
                    .containsEntry("Tệp bị từ chối, chưa có báo cáo hợp lệ (rejected, no accepted report)", 1.0)
                    .containsEntry("Chưa nộp (not submitted)", expected - 3.0)
                    .containsEntry("Lỗi trong các tệp bị từ chối (errors in rejected files)", 3.0);

            Sheet organisations = workbook.getSheet("Đơn vị");
            assertThat(organisations.getLastRowNum()).isEqualTo(expected);
            assertThat(rowOf(organisations, "LAOCAI")).containsExactly("LAOCAI", "Lào Cai", "tỉnh, thành phố (province)",
                    "Vùng trung du và miền núi phía Bắc", "Tệp bị từ chối, chưa có báo cáo hợp lệ (rejected, no accepted report)",
                    "", "", "lao-cai-2025.xlsx", "02/12/2025 10:30", "2", "van-phong@laocai.example.org");
            assertThat(rowOf(organisations, "HN")).startsWith("HN", "Hà Nội").contains("Đã nộp (submitted)",
                    "01/12/2025 09:00", "Đúng hạn (yes)", "ha-noi-2025-v2.csv");
            assertThat(rowOf(organisations, "MTTQ")).contains("Muộn (late)");
            assertThat(rowOf(organisations, "TUYENQUANG")).contains("Chưa nộp (not submitted)",
                    "doi-ngoai@tuyenquang.example.org");

            Sheet issues = workbook.getSheet("Lỗi tệp bị từ chối");
            assertThat(issues.getLastRowNum()).as("errors only, no warning").isEqualTo(3);
            Cell formulaLooking = issues.getRow(2).getCell(8);
            assertThat(formulaLooking.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLooking.getStringCellValue()).isEqualTo("=SUM(D1:D9) không phải là số");
            assertThat(issues.getRow(1).getCell(4).getStringCellValue()).isEqualTo("D12");
        }
    }

    @Test
    void withSmtpItMailsEachOrganisationWithoutAnAcceptedReportOncePerReminder() throws Exception {
        loadContacts("LAOCAI,van-phong@laocai.example.org", "TUYENQUANG,doi-ngoai@tuyenquang.example.org",
                "HN,vp@hanoi.example.org", "CAOBANG,vp@caobang.example.org");
        // An earlier, interrupted attempt of the same reminder already mailed Cao Bằng.
        jdbc.update("""
                insert into reminder_mail (period_code, reminder, org_id, email, status, sent_at, job_execution_id)
                select '2025', 'due-3d', org_id, 'vp@caobang.example.org', 'not_submitted', now(), 0
                  from period_reporter where period_code = '2025' and code = 'CAOBANG'""");
        GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        try (ConfigurableApplicationContext withMail = new SpringApplicationBuilder(DnndApplication.class).run(
                "--dnnd.home=" + System.getProperty("dnnd.home"), "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--dnnd.reminder.from=tong-hop@example.org")) {
            JobExecution execution = withMail.getBean(ReminderService.class).run("2025", "due-3d", id -> { });

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            MimeMessage[] received = smtp.getReceivedMessages();
            assertThat(Arrays.stream(received).map(ReminderJobTests::recipient))
                    .containsExactlyInAnyOrder("van-phong@laocai.example.org", "doi-ngoai@tuyenquang.example.org");
            MimeMessage laoCai = Arrays.stream(received)
                    .filter(m -> recipient(m).equals("van-phong@laocai.example.org")).findFirst().orElseThrow();
            assertThat(laoCai.getSubject()).isEqualTo("[Chỉ thị 12-CT/TW] Nhắc nộp Báo cáo năm 2025 — hạn 15/12/2025 "
                    + "(Reminder: Annual report 2025 due 2025-12-15)");
            assertThat(laoCai.getFrom()[0].toString()).isEqualTo("tong-hop@example.org");
            assertThat((String) laoCai.getContent())
                    .startsWith("Kính gửi: Lào Cai")
                    .contains("Tệp \"lao-cai-2025.xlsx\" gửi ngày 02/12/2025 chưa được chấp nhận vì các lỗi sau:")
                    .contains("[Chỉ tiêu D12] Giá trị âm (-3) ở ô D12: số thỏa thuận không được âm")
                    .contains("[Chỉ tiêu D12] Negative value (-3) in D12: agreements cannot be negative")
                    .doesNotContain("Cao bất thường");
            assertThat(jdbc.queryForList("""
                    select o.code from reminder_mail m join organisation o using (org_id)
                     where m.reminder = 'due-3d' order by o.code""", String.class))
                    .containsExactly("CAOBANG", "LAOCAI", "TUYENQUANG");
        } finally {
            smtp.stop();
        }
    }

    @Test
    void aContactsFileWithOneBadLineChangesNothing() throws Exception {
        Path file = temp.resolve("contacts.csv");
        Files.writeString(file, "code,email\nLAOCAI,van-phong@laocai.example.org\nATLANTIS,x@example.org\nHUE,not-an-address\n");

        assertThatThrownBy(() -> contacts.load(file)).isInstanceOf(DnndException.class)
                .hasMessageContaining("contacts.csv dòng (line) 3: không có tổ chức mã ATLANTIS")
                .hasMessageContaining("contacts.csv dòng (line) 4: địa chỉ thư không hợp lệ \"not-an-address\"");
        assertThat(jdbc.queryForObject("select count(*) from organisation where contact_email is not null", Integer.class))
                .isZero();
    }

    private void loadContacts(String... lines) throws Exception {
        Path file = temp.resolve("contacts.csv");
        Files.writeString(file, "code,email\n" + String.join("\n", lines) + "\n");
        assertThat(contacts.load(file).set()).isEqualTo(lines.length);
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> sheetNames(Workbook workbook) {
        List<String> names = new ArrayList<>();
        workbook.forEach(sheet -> names.add(sheet.getSheetName()));
        return names;
    }

    private static Map<String, Object> labelled(Sheet sheet) {
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        for (Row row : sheet) {
            Cell label = row.getCell(0);
            Cell value = row.getCell(1);
            if (label != null && value != null) {
                values.put(label.getStringCellValue(),
                        value.getCellType() == CellType.NUMERIC ? value.getNumericCellValue() : value.getStringCellValue());
            }
        }
        return values;
    }

    private static List<String> rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && row.getCell(0).getStringCellValue().equals(code)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < 11; i++) {
                    Cell cell = row.getCell(i);
                    cells.add(cell == null ? "" : cell.getCellType() == CellType.NUMERIC
                            ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
                }
                return cells;
            }
        }
        throw new AssertionError("no row for " + code + " in " + sheet.getSheetName());
    }
}
