package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.HostileFiles;
import vn.dnnd.submission.HostileInbox;
import vn.dnnd.submission.template.TemplateService;

/**
 * Issue 11's hostile files in one inbox beside valid reports ({@link HostileInbox}): the run completes,
 * each hostile file is rejected alone with its rule and place, the valid reports are accepted, a file
 * still being written is left for the next run, and the next run takes it and nothing else.
 */
@SpringBootTest
class HostileIntakeTests extends IngestTestSupport {

    @Autowired
    TemplateService templates;

    @Test
    void eachHostileFileIsRejectedAloneWithItsRuleAndTheValidReportsAreAccepted() throws Exception {
        Path inbox = work.resolve("inbox");
        HostileInbox.write(inbox, templates, reference, 64L * 1024 * 1024);

        IngestSummary first = ingest.ingest(new IngestRequest(inbox, DECEMBER_10, false, Duration.ofSeconds(30)));

        Map<String, List<IngestSummary.FileOutcome>> byName = first.files().stream()
                .collect(Collectors.groupingBy(IngestSummary.FileOutcome::fileName));
        HostileInbox.REJECTED.forEach((file, rule) -> {
            assertThat(byName.get(file)).as(file).singleElement().extracting(IngestSummary.FileOutcome::outcome)
                    .isEqualTo(IntakeFileOutcome.REJECTED);
            assertThat(rules(file)).as(file).contains(rule);
            assertThat(Path.of(byName.get(file).get(0).errorReportPath())).as(file).exists();
        });
        HostileInbox.ACCEPTED.forEach((file, org) -> assertThat(byName.get(file)).as(file).singleElement()
                .satisfies(f -> assertThat(f.outcome().code() + " " + f.orgCode()).isEqualTo("accepted " + org)));
        assertThat(byName.get(HostileInbox.MULTI)).extracting(f -> f.orgCode() + " " + f.outcome().code())
                .containsExactlyInAnyOrder("HUE accepted", "LANGSON rejected");
        assertThat(first.left()).singleElement().satisfies(left -> {
            assertThat(left.fileName()).isEqualTo(HostileInbox.BEING_WRITTEN);
            assertThat(left.reasonVi()).contains("giây trước", "lần chạy sau");
        });

        nulCharactersAreNamedAndWhatIsKeptOfThemIsVisible();
        assertThat(message("huge-exponent.json")).contains("1E+999999999", "lớn bất thường");
        assertThat(jdbc.queryForObject("select max(length(message_vi) + length(message_en)) from validation_issue",
                Integer.class)).as("no message grows with what the file holds").isLessThan(2200);
        errorReportsKeepFormulasAsText(byName.get("formula-in-values.csv").get(0).errorReportPath());
        assertThat(message("utf-16.csv")).contains("UTF-16", "CSV UTF-8").doesNotContain("1258");
        assertThat(message("unclosed-quote.csv")).contains("dòng 23", "dấu ngoặc kép").doesNotContain("encapsulated", "token");
        assertThat(message(HostileInbox.LINK)).contains("liên kết tượng trưng", "/etc/passwd");
        assertThat(Path.of("/etc/passwd")).exists();
        assertThat(jdbc.queryForObject("""
                select count(*) from (select message_vi || message_en || coalesce(value_text, '') as t from validation_issue
                union all select body from submission_narrative) all_text where t like '%root:%'""", Integer.class))
                .as("nothing of /etc/passwd reached the database").isZero();
        assertThat(message("shared-strings-bomb.xlsx")).contains("xl/sharedStrings.xml", "giải nén vượt 32 MB");
        assertThat(message("macro.xlsx")).contains("macro");
        assertThat(message("many-cells.xlsx")).contains("trang tính 'Hoạt động'", "200.000 ô");
        assertThat(message("many-lines.csv")).contains("500.000 dòng");
        aLongNameIsArchivedUnderANameThatFits(byName.get(HostileFiles.LONG_NAME).get(0).archivedPath());
        try (var left = Files.list(inbox)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(HostileInbox.BEING_WRITTEN);
        }

        IngestSummary second = ingest.ingest(new IngestRequest(inbox, DECEMBER_10, false, Duration.ZERO));
        assertThat(second.files()).singleElement().satisfies(f -> assertThat(f.fileName() + " " + f.outcome().code() + " "
                + f.orgCode()).isEqualTo(HostileInbox.BEING_WRITTEN + " accepted " + HostileInbox.BEING_WRITTEN_ORG));
        assertThat(second.left()).isEmpty();
        try (var left = Files.list(inbox)) {
            assertThat(left).isEmpty();
        }
    }

    private void nulCharactersAreNamedAndWhatIsKeptOfThemIsVisible() {
        assertThat(message("nul-in-narrative.csv")).contains("phần tường thuật chứa ký tự NUL (U+0000) ở ký tự thứ 76",
                "dòng 43");
        assertThat(jdbc.queryForList("select value_text from validation_issue where file_name = 'nul-in-value.csv' "
                + "and rule = 'not_a_number'", String.class)).containsExactly("1␀1");
        assertThat(jdbc.queryForObject("select submitted_by from intake_file where file_name = 'nul-in-submitted-by.json'",
                String.class)).isEqualTo("Lê Minh Châu␀");
        assertThat(jdbc.queryForList("""
                select v.rule || ' ' || v.message_vi from validation_issue v join intake_file f using (file_id)
                where f.file_name = ? and f.org_code = 'LANGSON'""", String.class, HostileInbox.MULTI))
                .singleElement().asString().startsWith("nul_character").contains("ghi chú chứa ký tự NUL");
    }

    private static void errorReportsKeepFormulasAsText(String report) throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of(report), StandardCharsets.UTF_8)) {
            List<CSVRecord> lines = CSVFormat.DEFAULT.parse(in).getRecords();
            assertThat(lines).hasSizeGreaterThan(1);
            for (CSVRecord line : lines) {
                for (String field : line) {
                    assertThat(field).as("a field a spreadsheet would evaluate").doesNotStartWith("=")
                            .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@");
                }
            }
        }
        assertThat(Path.of(report)).content(StandardCharsets.UTF_8).contains("'=HYPERLINK(");
    }

    private static void aLongNameIsArchivedUnderANameThatFits(String archived) {
        Path path = Path.of(archived);
        assertThat(path).exists();
        String name = path.getFileName().toString();
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(235);
        assertThat(name).startsWith("v1-20251210T090000-Báo cáo kết quả thực hiện").endsWith(".csv").contains("~");
    }

    private List<String> rules(String file) {
        return jdbc.queryForList("select v.rule from validation_issue v join intake_file f using (file_id) "
                + "where f.file_name = ? order by v.issue_id", String.class, file);
    }

    /** Every Vietnamese message of the file's issues, one per line. */
    private String message(String file) {
        return String.join("\n", jdbc.queryForList("select v.message_vi from validation_issue v join intake_file f "
                + "using (file_id) where f.file_name = ? order by v.issue_id", String.class, file));
    }
}
