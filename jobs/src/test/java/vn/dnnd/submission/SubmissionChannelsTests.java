package vn.dnnd.submission;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.submission.template.TemplateLayout.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.dnnd.submission.reference.IntakeReference;
import vn.dnnd.submission.reference.IntakeReferenceLoader;
import vn.dnnd.submission.template.TemplateService;
import vn.dnnd.support.TestDatabase;

/**
 * The three channels end to end on the embedded PostgreSQL: a generated template filled cell by
 * cell through POI's usermodel (numbers typed as Vietnamese text, NFD text), a long CSV and a JSON
 * file are ingested and every value reads back equal.
 */
@SpringBootTest
public class SubmissionChannelsTests {

    static final OffsetDateTime ON_TIME = OffsetDateTime.parse("2025-12-10T09:00:00+07:00");
    static final String NARRATIVE = "Tỉnh ủy đã tổ chức quán triệt Chỉ thị 12-CT/TW đến 100% đảng bộ trực thuộc; "
            + "mở rộng giao lưu hữu nghị với nhân dân Lào và Campuchia.";

    @Autowired
    TemplateService templates;
    @Autowired
    IngestService ingest;
    @Autowired
    IntakeReferenceLoader referenceLoader;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path inbox;

    IntakeReference reference;

    @BeforeEach
    void cleanDatabase() {
        referenceData.load();
        TestDatabase.clearCollectedAndComputed(jdbc);
        reference = referenceLoader.load();
    }

    Map<String, Object> answersFor(String kind, int seed) {
        return Answers.forIndicators(reference.entered(kind, reference.period("2025").orElseThrow()), seed);
    }

    @Test
    void aTemplateFilledCellByCellIsIngestedAndEveryValueReadsBackEqual() throws Exception {
        byte[] template = templates.generate("TUYENQUANG", "2025");
        Map<String, Object> answers = answersFor("province", 0);
        Files.write(inbox.resolve("tuyen-quang-2025.xlsx"), fillLikeAClerk(template, answers));

        IngestSummary summary = ingest.ingest(new IngestRequest(inbox, ON_TIME, false));

        assertThat(summary.files()).singleElement().satisfies(file -> {
            assertThat(file.outcome()).as(file.firstMessageEn()).isEqualTo(IntakeFileOutcome.ACCEPTED);
            assertThat(file.onTime()).isTrue();
        });
        long id = SubmissionAssertions.currentSubmission(jdbc, "TUYENQUANG", "2025");
        SubmissionAssertions.valuesEqual(jdbc, id, answers);
        assertThat(jdbc.queryForObject("select body from submission_narrative where submission_id = ? and task_no = 1 "
                + "and section = 'achievements'", String.class, id)).isEqualTo(NARRATIVE);
        assertThat(jdbc.queryForObject("select submitted_by from submission where submission_id = ?", String.class, id))
                .isEqualTo("Nguyễn Thị Hương, chuyên viên Ban Tuyên giáo và Dân vận");
        assertThat(jdbc.queryForMap("select task_no, activity_date, partner_country, participants, amount "
                + "from submission_activity where submission_id = ?", id))
                .containsEntry("task_no", 3).containsEntry("partner_country", "Lào")
                .containsEntry("participants", 45).containsEntry("activity_date", java.sql.Date.valueOf("2025-05-19"));
        // Tuyên Quang 2025 is the unit formed on 2025-07-01, not the old province of the same code.
        assertThat(jdbc.queryForObject("select o.valid_from from submission s join organisation o using (org_id) "
                + "where s.submission_id = ?", LocalDate.class, id)).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(Files.list(inbox)).isEmpty();
        assertThat(Path.of(summary.files().get(0).archivedPath())).exists()
                .hasFileName("v1-20251210T090000-tuyen-quang-2025.xlsx");
    }

    @Test
    void theTemplateLocksEverythingButTheInputCellsAndHidesItsMetadata() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(templates.generate("MTTQ", "2025")))) {
            XSSFSheet indicators = workbook.getSheet(INDICATORS_SHEET);
            assertThat(indicators.getProtect()).isTrue();
            assertThat(workbook.getSheetVisibility(workbook.getSheetIndex(META_SHEET))).isEqualTo(SheetVisibility.VERY_HIDDEN);
            Row first = indicators.getRow(INDICATOR_FIRST_ROW + 1);
            assertThat(first.getCell(COL_CODE).getStringCellValue()).isEqualTo("T1.DISSEM_EVENTS");
            assertThat(first.getCell(COL_VALUE).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(COL_NAME).getCellStyle().getLocked()).isTrue();
            assertThat(indicators.getDataValidations()).hasSizeGreaterThan(40);
            // A central organisation's template has no province-only indicator.
            assertThat(codes(indicators)).hasSize(41).doesNotContain("T8.PROVINCIAL_VUFO_ACTIVE", "T1.SUBUNIT_COVERAGE_PCT");
            assertThat(workbook.getSheet(META_SHEET).getRow(1).getCell(1).getStringCellValue()).isEqualTo("MTTQ");
        }
    }

    @Test
    void theSameAnswersThroughCsvAndJsonReadBackEqual() throws Exception {
        Map<String, Object> csvAnswers = answersFor("province", 3);
        Map<String, Object> jsonAnswers = answersFor("central_org", 5);
        // A BOM, semicolons, and text in decomposed (NFD) form, as some Mac and script exports write it.
        Files.write(inbox.resolve("hai-phong.csv"), ("\uFEFF" + SubmissionFiles.csv("HAIPHONG", "2025", csvAnswers, ';',
                Normalizer.normalize(NARRATIVE, Normalizer.Form.NFD))).getBytes(StandardCharsets.UTF_8));
        Files.writeString(inbox.resolve("mttq.json"), SubmissionFiles.json("MTTQ", "2025", jsonAnswers, NARRATIVE));

        IngestSummary summary = ingest.ingest(new IngestRequest(inbox, ON_TIME, false));

        assertThat(summary.files()).extracting(IngestSummary.FileOutcome::outcome).containsOnly(IntakeFileOutcome.ACCEPTED);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "HAIPHONG", "2025"), csvAnswers);
        SubmissionAssertions.valuesEqual(jdbc, SubmissionAssertions.currentSubmission(jdbc, "MTTQ", "2025"), jsonAnswers);
        assertThat(jdbc.queryForList("select body from submission_narrative", String.class)).containsOnly(NARRATIVE);
        assertThat(jdbc.queryForList("select channel from submission order by channel", String.class))
                .containsExactly("csv", "json");
    }

    static java.util.List<String> codes(Sheet sheet) {
        java.util.List<String> codes = new java.util.ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() >= INDICATOR_FIRST_ROW && row.getCell(COL_CODE) != null
                    && !row.getCell(COL_CODE).getStringCellValue().isBlank()) {
                codes.add(row.getCell(COL_CODE).getStringCellValue());
            }
        }
        return codes;
    }

    /** Opens the template with POI's usermodel and types the answers in, as a clerk's Excel would save them. */
    public static byte[] fillLikeAClerk(byte[] template, Map<String, Object> answers) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Sheet indicators = workbook.getSheet(INDICATORS_SHEET);
            indicators.getRow(PREPARED_BY_ROW).getCell(PREPARED_BY_COLUMN).setCellValue(
                    Normalizer.normalize("Nguyễn Thị Hương, chuyên viên Ban Tuyên giáo và Dân vận", Normalizer.Form.NFD));
            int n = 0;
            for (Row row : indicators) {
                String code = row.getRowNum() < INDICATOR_FIRST_ROW || row.getCell(COL_CODE) == null ? ""
                        : row.getCell(COL_CODE).getStringCellValue();
                Object answer = answers.get(code);
                if (answer == Answers.NOT_APPLICABLE) {
                    row.getCell(COL_NOT_APPLICABLE).setCellValue(NOT_APPLICABLE);
                } else if (answer instanceof Boolean yes) {
                    row.getCell(COL_VALUE).setCellValue(yes ? "Có" : "không");
                } else if (answer instanceof BigDecimal number) {
                    // Every other number is typed as text the Vietnamese way ("1.234", "1.234,5").
                    if (n++ % 2 == 0) {
                        row.getCell(COL_VALUE).setCellValue(" " + Answers.vietnamese(number) + " ");
                    } else {
                        row.getCell(COL_VALUE).setCellValue(number.doubleValue());
                    }
                }
            }
            Sheet narrative = workbook.getSheet(NARRATIVE_SHEET);
            narrative.getRow(NARRATIVE_FIRST_ROW).getCell(NARR_TEXT)
                    .setCellValue(Normalizer.normalize(NARRATIVE, Normalizer.Form.NFD));
            Row activity = workbook.getSheet(ACTIVITIES_SHEET).createRow(ACTIVITY_FIRST_ROW);
            activity.createCell(0).setCellValue(3);
            activity.createCell(1).setCellValue(LocalDate.of(2025, 5, 19));
            activity.createCell(1).setCellStyle(workbook.getSheet(ACTIVITIES_SHEET).getColumnStyle(1));
            activity.getCell(1).setCellValue(LocalDate.of(2025, 5, 19));
            activity.createCell(2).setCellValue("Giao lưu hữu nghị biên giới");
            activity.createCell(3).setCellValue("Lào");
            activity.createCell(4).setCellValue("Ủy ban Mặt trận Lào xây dựng đất nước tỉnh Hủa Phăn");
            activity.createCell(5).setCellValue("45");
            activity.createCell(6).setCellValue("150.000.000");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
