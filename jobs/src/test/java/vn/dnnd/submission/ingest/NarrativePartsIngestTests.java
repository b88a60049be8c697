package vn.dnnd.submission.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dnnd.submission.template.TemplateLayout.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import vn.dnnd.submission.SubmissionAssertions;
import vn.dnnd.submission.SubmissionChannelsTests;
import vn.dnnd.submission.SubmissionFiles;
import vn.dnnd.submission.template.TemplateService;

/**
 * Lessons learned and causes said to be objective or subjective, through the template, CSV and JSON:
 * stored as written; a file in the format before them (plain "causes", the template's four rows a task)
 * is accepted unchanged; a misspelt part rejects the file naming the place and the rule.
 */
@SpringBootTest
class NarrativePartsIngestTests extends IngestTestSupport {

    static final String OBJECTIVE = "Tình hình thế giới, khu vực diễn biến phức tạp, khó lường.";
    static final String SUBJECTIVE = "Một số cấp ủy chưa thực sự quan tâm chỉ đạo công tác đối ngoại nhân dân.";
    static final String LESSON = "Phải gắn đối ngoại nhân dân với nhiệm vụ chính trị của địa phương ngay từ khâu lập kế hoạch.";
    static final String CAUSE = "Kinh phí dành cho hoạt động đối ngoại nhân dân còn hạn hẹp.";

    @Autowired
    TemplateService templates;

    @Test
    void theTemplateAsksForObjectiveAndSubjectiveCausesAndLessonsAndStoresThem() throws Exception {
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(templates.generate("TUYENQUANG", "2025"),
                answers("province", "2025", 1));
        List<String> labels = new ArrayList<>();
        byte[] file = edit(filled, narrative -> {
            for (Row row : narrative) {
                if (row.getRowNum() >= NARRATIVE_FIRST_ROW && row.getCell(NARR_TASK).getNumericCellValue() == 2) {
                    labels.add(row.getCell(NARR_SECTION_LABEL).getStringCellValue());
                }
            }
            type(narrative, 2, "causes_objective", OBJECTIVE);
            type(narrative, 2, "causes_subjective", SUBJECTIVE);
            type(narrative, 2, "lessons", LESSON);
        });
        assertThat(labels).containsExactly("Kết quả đạt được", "Hạn chế", "Nguyên nhân khách quan", "Nguyên nhân chủ quan",
                "Bài học kinh nghiệm", "Đề xuất, kiến nghị");

        assertAccepted(ingestBytes("tuyen-quang-2025.xlsx", file));

        assertThat(storedParts("TUYENQUANG", 2)).containsExactly("causes_objective: " + OBJECTIVE,
                "causes_subjective: " + SUBJECTIVE, "lessons: " + LESSON);
    }

    @Test
    void aTemplateFilledBeforeTheSplitWithPlainCausesIsStillAccepted() throws Exception {
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(templates.generate("TUYENQUANG", "2025"),
                answers("province", "2025", 2));
        byte[] file = edit(filled, narrative -> {
            layOutAsBefore(narrative);
            type(narrative, 2, "causes", CAUSE);
        });

        assertAccepted(ingestBytes("tuyen-quang-2025.xlsx", file));

        assertThat(storedParts("TUYENQUANG", 2)).containsExactly("causes: " + CAUSE);
    }

    @Test
    void aMisspeltPartInTheTemplateRejectsTheFileNamingSheetCellAndRule() throws Exception {
        byte[] filled = SubmissionChannelsTests.fillLikeAClerk(templates.generate("TUYENQUANG", "2025"),
                answers("province", "2025", 3));
        String[] cell = new String[1];
        byte[] file = edit(filled, narrative -> {
            Row row = type(narrative, 2, "lessons", LESSON);
            row.getCell(NARR_SECTION).setCellValue("lesson");
            cell[0] = row.getCell(NARR_TEXT).getAddress().formatAsString();
        });

        IngestSummary.FileOutcome outcome = ingestBytes("tuyen-quang-2025.xlsx", file).files().get(0);

        assertThat(outcome.outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(outcome.firstMessageEn()).isEqualTo("Error: file tuyen-quang-2025.xlsx, sheet '" + NARRATIVE_SHEET
                + "', cell " + cell[0] + ": narrative section '2:lesson' is invalid; expected task 1–8 and one of "
                + "achievements, limitations, causes, causes_objective, causes_subjective, lessons, proposals "
                + "[rule: narrative_section]");
        assertThat(outcome.firstMessageVi()).contains("trang tính '" + NARRATIVE_SHEET + "'", "ô " + cell[0], "'2:lesson'");
    }

    @Test
    void aCsvWritesThePartsByCodeOrVietnameseLabelAndAnOldCsvWithPlainCausesStaysValid() throws Exception {
        String csv = SubmissionFiles.csv("HAIPHONG", "2025", answers("province", "2025", 4), ',', null)
                + "HAIPHONG,2025,T3:causes_objective,\"" + OBJECTIVE + "\",\r\n"
                + "HAIPHONG,2025,T3:Nguyên nhân chủ quan,\"" + SUBJECTIVE + "\",\r\n"
                + "HAIPHONG,2025,T3:lessons,\"" + LESSON + "\",\r\n";
        String old = SubmissionFiles.csv("MTTQ", "2025", answers("central_org", "2025", 5), ',', null)
                + "MTTQ,2025,T3:causes,\"" + CAUSE + "\",\r\n";

        assertAccepted(ingest("a", "hai-phong-2025.csv", csv, DECEMBER_10, false));
        assertAccepted(ingest("b", "mttq-2025.csv", old, DECEMBER_10, false));

        assertThat(storedParts("HAIPHONG", 3)).containsExactly("causes_objective: " + OBJECTIVE,
                "causes_subjective: " + SUBJECTIVE, "lessons: " + LESSON);
        assertThat(storedParts("MTTQ", 3)).containsExactly("causes: " + CAUSE);
    }

    @Test
    void aMisspeltPartInACsvRejectsTheFileNamingTheLine() throws Exception {
        String csv = SubmissionFiles.csv("HAIPHONG", "2025", answers("province", "2025", 6), ',', null)
                + "HAIPHONG,2025,T3:bai hoc,\"" + LESSON + "\",\r\n";
        int line = csv.split("\r\n").length;

        IngestSummary.FileOutcome outcome = ingest("a", "hai-phong-2025.csv", csv, DECEMBER_10, false).files().get(0);

        assertThat(outcome.outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(outcome.firstMessageEn()).startsWith("Error: file hai-phong-2025.csv, line " + line
                + ", column value: narrative section '3:bai hoc' is invalid;").endsWith("[rule: narrative_section]");
    }

    @Test
    void jsonTakesTheNewPartsTheOldOnesAndRejectsAMisspeltOneByItsPath() throws Exception {
        String parts = "{\"task\": 5, \"section\": \"causes_objective\", \"text\": \"" + OBJECTIVE + "\"}, "
                + "{\"task\": 5, \"section\": \"causes_subjective\", \"text\": \"" + SUBJECTIVE + "\"}, "
                + "{\"task\": 5, \"section\": \"Bài học kinh nghiệm\", \"text\": \"" + LESSON + "\"}";
        String json = withNarratives(SubmissionFiles.json("MTTQ", "2025", answers("central_org", "2025", 7), "x"), parts);
        String old = SubmissionFiles.json("HAIPHONG", "2025", answers("province", "2025", 8), CAUSE)
                .replace("\"section\": \"achievements\"", "\"section\": \"causes\"");
        String bad = withNarratives(SubmissionFiles.json("HUE", "2025", answers("province", "2025", 9), "x"),
                "{\"task\": 5, \"section\": \"lesson\", \"text\": \"" + LESSON + "\"}");

        assertAccepted(ingest("a", "mttq-2025.json", json, DECEMBER_10, false));
        assertAccepted(ingest("b", "hai-phong-2025.json", old, DECEMBER_10, false));
        IngestSummary.FileOutcome rejected = ingest("c", "hue-2025.json", bad, DECEMBER_10, false).files().get(0);

        assertThat(storedParts("MTTQ", 5)).containsExactly("causes_objective: " + OBJECTIVE,
                "causes_subjective: " + SUBJECTIVE, "lessons: " + LESSON);
        assertThat(storedParts("HAIPHONG", 1)).containsExactly("causes: " + CAUSE);
        assertThat(rejected.outcome()).isEqualTo(IntakeFileOutcome.REJECTED);
        assertThat(rejected.firstMessageEn()).startsWith("Error: file hue-2025.json, path $.narratives[0].text: "
                + "narrative section '5:lesson' is invalid;").endsWith("[rule: narrative_section]");
    }

    @Test
    void multiOrganisationFilesCarryTheNewPartsAndThePlainCausesAlike() throws Exception {
        String csv = MultiOrganisationIngestTests.multiCsv(
                SubmissionFiles.csv("HAIPHONG", "2025", answers("province", "2025", 10), ',', null)
                        + "HAIPHONG,2025,T4:lessons,\"" + LESSON + "\",\r\n",
                SubmissionFiles.csv("MTTQ", "2025", answers("central_org", "2025", 11), ',', null)
                        + "MTTQ,2025,T4:causes,\"" + CAUSE + "\",\r\n");
        String json = "{\"schema\": \"dnnd-submissions/1\", \"submissions\": [" + withNarratives(
                SubmissionFiles.json("HUE", "2025", answers("province", "2025", 12), "x"),
                "{\"task\": 4, \"section\": \"causes_subjective\", \"text\": \"" + SUBJECTIVE + "\"}") + "]}";

        assertThat(ingest("a", "tinh-2025.multi.csv", csv, DECEMBER_10, false).files())
                .extracting(IngestSummary.FileOutcome::outcome).containsOnly(IntakeFileOutcome.ACCEPTED);
        assertAccepted(ingest("b", "hue-2025.multi.json", json, DECEMBER_10, false));

        assertThat(storedParts("HAIPHONG", 4)).containsExactly("lessons: " + LESSON);
        assertThat(storedParts("MTTQ", 4)).containsExactly("causes: " + CAUSE);
        assertThat(storedParts("HUE", 4)).containsExactly("causes_subjective: " + SUBJECTIVE);
    }

    private List<String> storedParts(String org, int task) {
        long id = SubmissionAssertions.currentSubmission(jdbc, org, "2025");
        return jdbc.queryForList("select section || ': ' || body from submission_narrative where submission_id = ? "
                + "and task_no = ? order by section", String.class, id, task);
    }

    private static void assertAccepted(IngestSummary summary) {
        assertThat(summary.files()).singleElement().satisfies(file ->
                assertThat(file.outcome()).as(file.firstMessageEn()).isEqualTo(IntakeFileOutcome.ACCEPTED));
    }

    private IngestSummary ingestBytes(String name, byte[] content) throws Exception {
        Path directory = Files.createDirectories(work.resolve("xlsx-" + System.nanoTime()));
        Files.write(directory.resolve(name), content);
        return ingest.ingest(new IngestRequest(directory, DECEMBER_10, false));
    }

    /** The JSON file with its one narrative replaced by the given items. */
    private static String withNarratives(String json, String items) {
        return json.replaceFirst("\"narratives\": \\[.*]", "\"narratives\": [" + items + "]");
    }

    private static byte[] edit(byte[] xlsx, java.util.function.Consumer<Sheet> change) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(workbook.getSheet(NARRATIVE_SHEET));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Types text into the row of a task and part, found by the codes the sheet carries. */
    private static Row type(Sheet narrative, int task, String code, String text) {
        for (Row row : narrative) {
            if (row.getRowNum() >= NARRATIVE_FIRST_ROW && row.getCell(NARR_TASK).getNumericCellValue() == task
                    && row.getCell(NARR_SECTION).getStringCellValue().equals(code)) {
                row.getCell(NARR_TEXT).setCellValue(text);
                return row;
            }
        }
        throw new AssertionError("no row for task " + task + " and part " + code);
    }

    /** The narrative sheet as the template wrote it before lessons: four rows a task, plain causes. */
    private static void layOutAsBefore(Sheet narrative) {
        Map<String, String> parts = Map.of("achievements", "Kết quả đạt được", "limitations", "Hạn chế",
                "causes", "Nguyên nhân", "proposals", "Đề xuất, kiến nghị");
        List<String> order = List.of("achievements", "limitations", "causes", "proposals");
        for (int r = narrative.getLastRowNum(); r >= NARRATIVE_FIRST_ROW + 8 * order.size(); r--) {
            narrative.removeRow(narrative.getRow(r));
        }
        for (int i = 0; i < 8 * order.size(); i++) {
            Row row = narrative.getRow(NARRATIVE_FIRST_ROW + i);
            String code = order.get(i % order.size());
            row.getCell(NARR_TASK).setCellValue(1 + i / order.size());
            row.getCell(NARR_SECTION_LABEL).setCellValue(parts.get(code));
            row.getCell(NARR_SECTION).setCellValue(code);
            row.getCell(NARR_TEXT).setBlank();
        }
    }
}
