package vn.dnnd.reports.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.dnnd.reports.model.Bilingual;
import vn.dnnd.reports.model.OrganisationKind;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.status.BoardCounts;
import vn.dnnd.reports.status.BoardRegion;
import vn.dnnd.reports.status.BoardRow;
import vn.dnnd.reports.status.BoardState;
import vn.dnnd.reports.status.StatusBoard;

/** The status board workbook read back with POI, in both languages. */
class StatusBoardXlsxTests {

    private static final BoardRegion RED_RIVER = new BoardRegion("DBSH", Bilingual.of("Vùng đồng bằng sông Hồng", "Red River Delta"));
    private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2025-12-01T02:00:00Z");

    private static StatusBoard board() {
        return new StatusBoard("2025", Bilingual.of("Báo cáo năm 2025", "Annual report 2025"), LocalDate.of(2025, 12, 15),
                LocalDate.of(2026, 1, 31), OffsetDateTime.parse("2025-12-20T08:30:00+07:00"), null, null, List.of(
                new BoardRow("HN", "Hà Nội", "Hanoi", OrganisationKind.PROVINCE, RED_RIVER, BoardState.ON_TIME, 2, RECEIVED,
                        "xlsx", 1),
                new BoardRow("MTTQ", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "Vietnam Fatherland Front",
                        OrganisationKind.CENTRAL_ORG, null, BoardState.LATE, 1, RECEIVED.plusDays(10), "portal", 0),
                new BoardRow("HUNGYEN", "=HYPERLINK(\"http://x\",\"Hưng Yên\")", null, OrganisationKind.PROVINCE, RED_RIVER,
                        BoardState.OVERDUE, null, null, null, 3)));
    }

    @Test
    void vietnameseWorkbookHasTheCountsAndOneTypedRowPerReporter() throws IOException {
        try (XSSFWorkbook workbook = read(board(), ReportLanguage.VI)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Tổng hợp");
            Map<String, String> summary = labelled(workbook.getSheetAt(0));
            assertThat(summary).containsEntry("Tình hình gửi báo cáo thực hiện Chỉ thị 12-CT/TW", "Báo cáo năm 2025")
                    .containsEntry("Hạn gửi báo cáo", "15/12/2025").containsEntry("Thời điểm lập", "20/12/2025 08:30")
                    .containsEntry("Vùng", "Tất cả").containsEntry("Phải báo cáo", "3").containsEntry("Đã gửi", "2")
                    .containsEntry("Đã gửi đúng hạn", "1").containsEntry("Đã gửi quá hạn", "1")
                    .containsEntry("Chưa gửi", "1").containsEntry("Chưa gửi, chưa đến hạn", "0")
                    .containsEntry("Chưa gửi, đã quá hạn", "1");

            Sheet reporters = workbook.getSheet("Cơ quan, đơn vị");
            assertThat(texts(reporters.getRow(0))).containsExactly("Mã cơ quan", "Tên cơ quan, đơn vị", "Tên tiếng Anh",
                    "Loại cơ quan, đơn vị", "Mã vùng", "Vùng", "Tình trạng", "Lần gửi được chấp nhận", "Thời điểm nhận",
                    "Kênh gửi", "Số tệp bị từ chối");
            assertThat(reporters.getLastRowNum()).isEqualTo(3);
            Row hanoi = reporters.getRow(1);
            assertThat(texts(hanoi)).containsExactly("HN", "Hà Nội", "Hanoi", "Tỉnh, thành phố", "DBSH",
                    "Vùng đồng bằng sông Hồng", "Đã gửi, đúng hạn", "2", "01/12/2025 09:00", "Tệp Excel theo mẫu", "1");
            assertThat(hanoi.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(hanoi.getCell(8).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2025, 12, 1, 9, 0));
            assertThat(texts(reporters.getRow(2))).contains("Đã gửi, quá hạn", "Cổng thông tin");
            assertThat(reporters.getRow(2).getCell(4)).as("a central body has no region").isNull();

            Row overdue = reporters.getRow(3);
            assertThat(overdue.getCell(6).getStringCellValue()).isEqualTo("Chưa gửi, đã quá hạn");
            assertThat(overdue.getCell(7)).as("no version is no cell, never 0").isNull();
            assertThat(overdue.getCell(8)).isNull();
            assertThat(overdue.getCell(10).getNumericCellValue()).isEqualTo(3);
            Cell formulaLike = overdue.getCell(1);
            assertThat(formulaLike.getCellType()).isEqualTo(CellType.STRING);
            assertThat(formulaLike.getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(formulaLike.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void englishWorkbookNamesTheFilterAndUsesEnglishHeadings() throws IOException {
        StatusBoard all = board();
        StatusBoard filtered = new StatusBoard(all.periodCode(), all.periodName(), all.dueOn(), all.locksOn(),
                all.generatedAt(), RED_RIVER, OrganisationKind.PROVINCE,
                all.rows().stream().filter(row -> row.kind() == OrganisationKind.PROVINCE).toList());
        try (XSSFWorkbook workbook = read(filtered, ReportLanguage.EN)) {
            Map<String, String> summary = labelled(workbook.getSheet("Summary"));
            assertThat(summary).containsEntry("Region", "Red River Delta").containsEntry("Kind of organisation", "Provinces and cities")
                    .containsEntry("Expected to report", "2").containsEntry("Submitted on time", "1")
                    .containsEntry("Not received, overdue", "1");
            Sheet reporters = workbook.getSheet("Organisations");
            assertThat(texts(reporters.getRow(1))).contains("Red River Delta", "Submitted on time", "Excel template");
            assertThat(workbook.getSheet("Summary").getRow(3).getCell(1).getCellStyle().getDataFormatString())
                    .isEqualTo("dd/mm/yyyy");
        }
    }

    @Test
    void aRowCannotClaimAVersionWithoutAReport() {
        assertThatThrownBy(() -> new BoardRow("HN", "Hà Nội", null, OrganisationKind.PROVINCE, RED_RIVER,
                BoardState.NOT_YET_DUE, 1, RECEIVED, "csv", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(BoardCounts.of(List.of())).isEqualTo(new BoardCounts(0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void nothingReceivedIsNotYetDueUpToAndOnTheDueDateAndOverdueAfter() {
        LocalDate due = LocalDate.of(2025, 12, 15);
        assertThat(BoardState.of(null, due, due)).isEqualTo(BoardState.NOT_YET_DUE);
        assertThat(BoardState.of(null, due, due.plusDays(1))).isEqualTo(BoardState.OVERDUE);
        assertThat(BoardState.of(false, due, due.minusDays(30))).as("the intake's verdict stands").isEqualTo(BoardState.LATE);
        assertThat(BoardState.of(true, due, due.plusDays(30))).isEqualTo(BoardState.ON_TIME);
    }

    private static XSSFWorkbook read(StatusBoard board, ReportLanguage language) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(StatusBoardXlsx.write(board, language)));
    }

    /** Column A → column B as a reader sees them (formatted with the cells' own formats). */
    private static Map<String, String> labelled(Sheet sheet) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            List<String> row = texts(sheet.getRow(i));
            values.put(row.get(0), row.size() > 1 ? row.get(1) : "");
        }
        return values;
    }

    private static List<String> texts(Row row) {
        DataFormatter formatter = new DataFormatter();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < row.getLastCellNum(); i++) {
            texts.add(formatter.formatCellValue(row.getCell(i)));
        }
        return texts;
    }
}
