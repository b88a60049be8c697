package vn.dnnd.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dnnd.referencedata.ReferenceDataService;
import vn.dnnd.submission.ingest.IngestRequest;
import vn.dnnd.submission.ingest.IngestService;
import vn.dnnd.submission.ingest.IngestSummary;
import vn.dnnd.submission.ingest.IntakeFileOutcome;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.template.TemplateService;
import vn.dnnd.support.TestDatabase;

/**
 * Every file of the bad-input corpus (src/test/resources/intake-corpus) through ingestJob in one
 * run: each gets its precise outcome and message, nothing crashes, and the submission accepted
 * before the run is unchanged afterwards.
 */
@SpringBootTest
class IntakeCorpusTests {

    static final OffsetDateTime AS_OF = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");
    static final List<String> COMMITTED = List.of("ambiguous-numbers.csv", "closed-organisation-yenbai-2025.csv",
            "corrupt.xlsx", "empty.xlsx", "locked-period-2024.json", "malformed.json", "many-errors.csv",
            "mixed-organisations.csv", "nfd-text.csv", "old-excel-97.xlsx", "renamed-pdf.xlsx", "text-in-number.csv",
            "two-uploads-first.csv", "two-uploads-second.csv", "unknown-organisation.csv", "windows-1258.csv",
            "wrong-types.json", "xxe.xlsx");

    @Autowired
    IngestService ingest;
    @Autowired
    TemplateService templates;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path inbox;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
    }

    @Test
    void everyCorpusFileGetsItsOutcomeAndNothingAcceptedChanges() throws Exception {
        var reference = referenceLoader.load();
        Map<String, Object> hanoi = Answers.forIndicators(reference.entered("province", reference.period("2025").orElseThrow()), 7);
        Files.writeString(inbox.resolve("ha-noi.csv"), SubmissionFiles.csv("HN", "2025", hanoi, ',', null));
        ingest.ingest(new IngestRequest(inbox, AS_OF.minusDays(2), false));
        List<Map<String, Object>> before = jdbc.queryForList("select * from submission_value order by indicator_code");

        copyCorpus(reference);
        IngestSummary summary = ingest.ingest(new IngestRequest(inbox, AS_OF, false));
        Map<String, IngestSummary.FileOutcome> byName = summary.files().stream()
                .collect(Collectors.toMap(IngestSummary.FileOutcome::fileName, f -> f));

        assertThat(byName).hasSize(COMMITTED.size() + 6);
        rejected(byName, "empty.xlsx", "empty_file", "tệp rỗng (0 byte)");
        rejected(byName, "renamed-pdf.xlsx", "unknown_format", "không phải bảng tính Excel");
        rejected(byName, "old-excel-97.xlsx", "unknown_format", "Excel 97-2003 (.xls)");
        rejected(byName, "corrupt.xlsx", "unreadable_file", "bị hỏng");
        rejected(byName, "xxe.xlsx", "unsafe_xml", "DOCTYPE");
        rejected(byName, "windows-1258.csv", "encoding", "dòng 7: tệp CSV không phải mã UTF-8");
        rejected(byName, "unknown-organisation.csv", "unknown_organisation", "mã tổ chức 'ATLANTIS' không có trong danh mục");
        rejected(byName, "closed-organisation-yenbai-2025.csv", "organisation_closed",
                "Yên Bái (YENBAI) không còn tồn tại vào ngày 31/12/2025");
        assertThat(byName.get("closed-organisation-yenbai-2025.csv").firstMessageVi()).contains("Lào Cai (LAOCAI)");
        rejected(byName, "text-in-number.csv", "not_a_number", "dòng 2, cột value, chỉ tiêu T1.DISSEM_EVENTS");
        rejected(byName, "mixed-organisations.csv", "mixed_organisation", "dòng 43");
        rejected(byName, "locked-period-2024.json", "period_locked", "sau ngày khóa sổ kỳ 2024 (31/01/2025)");
        rejected(byName, "wrong-types.json", "not_a_number", "vị trí $.values[0].value");
        rejected(byName, "malformed.json", "structure", "dòng 7: tệp JSON sai cú pháp");
        rejected(byName, "huge.csv", "file_too_large", "vượt giới hạn 20,0 MB");
        rejected(byName, "bomb.xlsx", "zip_bomb", "tệp nén bất thường");
        rejected(byName, "formula-without-result.xlsx", "formula", "không có kết quả đã tính");
        rejected(byName, "date-in-number.xlsx", "date_in_number", "ô E7");
        rejected(byName, "stale-catalogue.xlsx", "catalogue_changed", "trang tính '_meta', ô B6");
        assertThat(rules("wrong-types.json")).contains("not_a_number", "not_yes_no");
        assertThat(rules("many-errors.csv")).containsExactlyInAnyOrder("negative", "not_whole", "not_yes_no", "at_most",
                "required", "date_in_number", "unknown_indicator", "derived_indicator");
        assertThat(Path.of(byName.get("many-errors.csv").errorReportPath())).content(StandardCharsets.UTF_8)
                .startsWith("\uFEFFTệp (file)").contains("-3", "7,5", "có lẽ", "T9.UNKNOWN").hasLineCount(9);

        accepted(byName, "nfd-text.csv", "CANTHO");
        assertThat(jdbc.queryForObject("""
                select n.body from submission_narrative n join submission s using (submission_id)
                join organisation o on o.org_id = s.org_id where o.code = 'CANTHO'""", String.class))
                .isEqualTo("Tỉnh ủy đã quán triệt Chỉ thị 12-CT/TW đến các đảng bộ trực thuộc; đẩy mạnh giao lưu hữu nghị "
                        + "với nhân dân Lào.");
        accepted(byName, "ambiguous-numbers.csv", "DANANG");
        // disbursed 23.000,5 against committed 1.234 (read as 1234) is also 18 times: a likely slip, flagged
        assertThat(rules("ambiguous-numbers.csv")).containsExactlyInAnyOrder("ambiguous_number", "ambiguous_number",
                "decimal_point", "implausible_ratio");
        assertThat(values("DANANG", "T4.NGO_AID_COMMITTED_USD", "T5.OV_CONTRIBUTIONS_VND", "T8.BUDGET_VND"))
                .containsExactly("1234", "2.500", "1234.5");
        accepted(byName, "formula-with-result.xlsx", "NINHBINH");
        assertThat(values("NINHBINH", "T1.DISSEM_EVENTS")).containsExactly("1234");
        assertThat(rules("formula-with-result.xlsx")).containsExactly("formula");

        // Two uploads of one organisation at once: the later file is the current version.
        assertThat(jdbc.queryForList("""
                select f.file_name || ' v' || s.version || ' ' || s.status from submission s
                join intake_file f on f.submission_id = s.submission_id
                where f.org_code = 'LAMDONG' order by s.version""", String.class))
                .containsExactly("two-uploads-first.csv v1 superseded", "two-uploads-second.csv v2 accepted");

        assertThat(jdbc.queryForList("select * from submission_value where submission_id = 1 order by indicator_code"))
                .isEqualTo(before.stream().filter(r -> ((Number) r.get("submission_id")).longValue() == 1).toList());
        assertThat(jdbc.queryForObject("select status from submission where submission_id = 1", String.class))
                .isEqualTo("accepted");
        assertThat(jdbc.queryForObject("""
                select count(*) from (select message_vi || message_en || coalesce(value_text, '') as t from validation_issue
                union all select body from submission_narrative) all_text where t like '%root:%'""", Integer.class))
                .as("nothing of /etc/passwd reached the database").isZero();
        assertThat(Files.list(inbox)).isEmpty();
    }

    private void copyCorpus(vn.dnnd.submission.reference.IntakeReference reference) throws Exception {
        long time = System.currentTimeMillis() - 60_000;
        for (String name : COMMITTED) {
            try (InputStream in = getClass().getResourceAsStream("/intake-corpus/" + name)) {
                Files.write(inbox.resolve(name), in.readAllBytes());
            }
            // The second upload of Lâm Đồng arrives a little later than the first.
            Files.setLastModifiedTime(inbox.resolve(name), FileTime.fromMillis(time += 10));
        }
        GeneratedCorpus.hugeCsv(inbox.resolve("huge.csv"));
        GeneratedCorpus.zipBomb(inbox.resolve("bomb.xlsx"));
        Map<String, Object> answers = Answers.forIndicators(reference.entered("province", reference.period("2025").orElseThrow()), 0);
        Files.write(inbox.resolve("formula-with-result.xlsx"), GeneratedCorpus.filledTemplate(
                templates.generate("NINHBINH", "2025"), answers, GeneratedCorpus.formula("T1.DISSEM_EVENTS", "1000+234", true)));
        Files.write(inbox.resolve("formula-without-result.xlsx"), GeneratedCorpus.filledTemplate(
                templates.generate("THANHHOA", "2025"), answers, GeneratedCorpus.formula("T1.DISSEM_EVENTS", "1000+234", false)));
        Files.write(inbox.resolve("date-in-number.xlsx"), GeneratedCorpus.filledTemplate(
                templates.generate("NGHEAN", "2025"), answers, GeneratedCorpus.dateIn("T1.DISSEM_EVENTS")));
        Files.write(inbox.resolve("stale-catalogue.xlsx"), GeneratedCorpus.filledTemplate(
                templates.generate("HATINH", "2025"), answers, GeneratedCorpus.staleCatalogue()));
    }

    private static void rejected(Map<String, IngestSummary.FileOutcome> byName, String file, String rule, String text) {
        IngestSummary.FileOutcome outcome = byName.get(file);
        assertThat(outcome).as(file).isNotNull();
        assertThat(outcome.outcome()).as(file + ": " + outcome.firstMessageEn()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(outcome.firstMessageVi()).as(file).startsWith("Lỗi: tệp " + file).contains(text);
        assertThat(outcome.firstMessageEn()).as(file).startsWith("Error: file " + file).contains("[rule: " + rule + "]");
        assertThat(Path.of(outcome.errorReportPath())).as(file).exists();
        assertThat(Path.of(outcome.archivedPath())).as(file).exists();
    }

    private void accepted(Map<String, IngestSummary.FileOutcome> byName, String file, String org) {
        IngestSummary.FileOutcome outcome = byName.get(file);
        assertThat(outcome.outcome()).as(file + ": " + outcome.firstMessageEn()).isEqualTo(IntakeFileOutcome.ACCEPTED);
        assertThat(outcome.orgCode()).isEqualTo(org);
    }

    private List<String> rules(String file) {
        return jdbc.queryForList("select v.rule from validation_issue v join intake_file f using (file_id) "
                + "where f.file_name = ? order by v.issue_id", String.class, file);
    }

    private List<String> values(String org, String... codes) {
        return java.util.Arrays.stream(codes).map(code -> jdbc.queryForObject("""
                select v.numeric_value::text from submission_value v join submission s using (submission_id)
                join organisation o on o.org_id = s.org_id
                where o.code = ? and s.status = 'accepted' and v.indicator_code = ?""", String.class, org, code)).toList();
    }
}
