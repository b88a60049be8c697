package vn.dnnd.reports.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.reports.status.SubmissionStatus.State;
import vn.dnnd.reports.text.VietnameseFormat;

/**
 * The submission-status workbook (Vietnamese first, English in brackets): a summary sheet, one row per
 * expected organisation, and every error of the rejected files. A few hundred rows at most, so XSSF.
 * Text from submissions is always written as text, never as a formula.
 */
public final class SubmissionStatusWorkbook {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    private static final String FONT = "Arial";

    private SubmissionStatusWorkbook() {
    }

    public static byte[] write(SubmissionStatus.Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Styles styles = new Styles(workbook);
            summary(workbook.createSheet("Tổng hợp"), report, styles);
            organisations(workbook.createSheet("Đơn vị"), report.organisations(), styles);
            issues(workbook.createSheet("Lỗi tệp bị từ chối"), report.issues(), styles);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the submission-status workbook", e);
        }
    }

    private static void summary(Sheet sheet, SubmissionStatus.Report report, Styles styles) {
        text(sheet.createRow(0), 0, "TÌNH HÌNH NỘP BÁO CÁO THỰC HIỆN CHỈ THỊ 12-CT/TW", styles.title);
        text(sheet.createRow(1), 0, "(Submission status, Directive 12-CT/TW reporting)", styles.plain);
        String[][] lines = {
                {"Kỳ báo cáo (period)", report.periodNameVi() + " (" + report.periodCode() + ")"},
                {"Hạn nộp (due date)", VietnameseFormat.date(report.dueOn())},
                {"Lập lúc (generated at)", WHEN.format(report.generatedAt())},
                {"Đợt nhắc (reminder)", report.reminder() == null ? "" : report.reminder()},
        };
        int row = 3;
        for (String[] line : lines) {
            Row r = sheet.createRow(row++);
            text(r, 0, line[0], styles.label);
            text(r, 1, line[1], styles.plain);
        }
        row++;
        Object[][] counts = {
                {"Đơn vị phải báo cáo (expected)", report.organisations().size()},
                {State.SUBMITTED.vietnamese + " (" + State.SUBMITTED.english + ")", report.count(State.SUBMITTED)},
                {State.AWAITING.vietnamese + " (" + State.AWAITING.english + ")", report.count(State.AWAITING)},
                {State.RETURNED.vietnamese + " (" + State.RETURNED.english + ")", report.count(State.RETURNED)},
                {State.REJECTED.vietnamese + " (" + State.REJECTED.english + ")", report.count(State.REJECTED)},
                {State.NOT_SUBMITTED.vietnamese + " (" + State.NOT_SUBMITTED.english + ")", report.count(State.NOT_SUBMITTED)},
                {"Chưa có địa chỉ thư liên hệ (no contact e-mail)", report.withoutContact()},
                {"Lỗi trong các tệp bị từ chối (errors in rejected files)", report.issues().size()},
        };
        for (Object[] count : counts) {
            Row r = sheet.createRow(row++);
            text(r, 0, (String) count[0], styles.label);
            Cell cell = r.createCell(1);
            cell.setCellValue(((Number) count[1]).doubleValue());
            cell.setCellStyle(styles.number);
        }
        Row note = sheet.createRow(++row);
        text(note, 0, "Ghi chú (note)", styles.label);
        text(note, 1, "Đã nộp: có một phiên bản được tính vào số liệu tổng hợp; phiên bản đang chờ duyệt chưa được "
                + "tính, và đơn vị đã gửi nên không bị nhắc. (Submitted: a version counts in the figures; a version "
                + "awaiting review does not count yet, and its organisation, having sent it, is not reminded.)",
                styles.wrapped);
        sheet.setColumnWidth(0, 62 * 256);
        sheet.setColumnWidth(1, 30 * 256);
        printable(sheet);
    }

    private static void organisations(Sheet sheet, List<SubmissionStatus.Organisation> rows, Styles styles) {
        header(sheet, styles, "Mã (code)", "Đơn vị (organisation)", "Loại (kind)", "Vùng (region)", "Tình trạng (status)",
                "Nộp lúc (submitted at)", "Đúng hạn (on time)", "Tệp bị từ chối gần nhất (last rejected file)",
                "Từ chối lúc (rejected at)", "Số lỗi (errors)", "Thư điện tử liên hệ (contact e-mail)",
                "Phiên bản chờ duyệt (version awaiting review)", "Phiên bản bị trả lại (returned version)",
                "Lý do trả lại (reason for return)");
        int index = 1;
        for (SubmissionStatus.Organisation o : rows) {
            Row row = sheet.createRow(index++);
            text(row, 0, o.code(), styles.plain);
            text(row, 1, o.nameVi(), styles.plain);
            text(row, 2, o.kindVi(), styles.plain);
            text(row, 3, o.regionVi(), styles.plain);
            text(row, 4, o.state().vietnamese + " (" + o.state().english + ")", o.state().reminded() ? styles.warning : styles.plain);
            text(row, 5, when(o.submittedAt()), styles.plain);
            text(row, 6, o.onTime() == null ? "" : o.onTime() ? "Đúng hạn (yes)" : "Muộn (late)", styles.plain);
            text(row, 7, o.lastRejectedFile(), styles.plain);
            text(row, 8, when(o.lastRejectedAt()), styles.plain);
            if (o.lastRejectedFile() != null) {
                Cell errors = row.createCell(9);
                errors.setCellValue(o.lastRejectedErrors());
                errors.setCellStyle(styles.number);
            }
            text(row, 10, o.contactEmail(), styles.plain);
            version(row, 11, o.awaitingVersion(), styles);
            version(row, 12, o.returnedVersion(), styles);
            text(row, 13, o.returnedReason(), styles.wrapped);
        }
        finish(sheet, 14, index - 1, new int[] {14, 50, 26, 40, 46, 18, 14, 30, 18, 10, 34, 14, 14, 60});
    }

    private static void version(Row row, int column, Integer version, Styles styles) {
        if (version != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(version);
            cell.setCellStyle(styles.number);
        }
    }

    private static void issues(Sheet sheet, List<SubmissionStatus.RejectedIssue> rows, Styles styles) {
        header(sheet, styles, "Tệp (file)", "Nhận lúc (received at)", "Mã đơn vị (organisation)", "Trang tính (sheet)",
                "Ô (cell)", "Dòng (line)", "Chỉ tiêu (indicator)", "Quy tắc (rule)", "Lỗi (error)", "(English)");
        int index = 1;
        for (SubmissionStatus.RejectedIssue issue : rows) {
            Row row = sheet.createRow(index++);
            text(row, 0, issue.fileName(), styles.plain);
            text(row, 1, when(issue.receivedAt()), styles.plain);
            text(row, 2, issue.orgCode(), styles.plain);
            text(row, 3, issue.sheet(), styles.plain);
            text(row, 4, issue.cell(), styles.plain);
            if (issue.lineNo() != null) {
                Cell line = row.createCell(5);
                line.setCellValue(issue.lineNo());
                line.setCellStyle(styles.number);
            }
            text(row, 6, issue.indicatorCode(), styles.plain);
            text(row, 7, issue.rule(), styles.plain);
            text(row, 8, issue.messageVi(), styles.wrapped);
            text(row, 9, issue.messageEn(), styles.wrapped);
        }
        finish(sheet, 10, index - 1, new int[] {32, 18, 16, 18, 8, 8, 22, 20, 60, 50});
    }

    private static void header(Sheet sheet, Styles styles, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            text(row, i, titles[i], styles.header);
        }
    }

    private static void finish(Sheet sheet, int columns, int lastRow, int[] widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.createFreezePane(0, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(lastRow, 0), 0, columns - 1));
        sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
        printable(sheet);
    }

    /** A4 landscape, all columns on one page width, as many pages down as needed. */
    private static void printable(Sheet sheet) {
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    /** Always a string cell: "=1+1" from a submission stays the text "=1+1". */
    private static void text(Row row, int column, String value, CellStyle style) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static String when(LocalDateTime time) {
        return time == null ? null : WHEN.format(time);
    }

    /** The few cell styles the workbook uses, made once per workbook. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle label;
        final CellStyle plain;
        final CellStyle wrapped;
        final CellStyle warning;
        final CellStyle number;

        Styles(XSSFWorkbook workbook) {
            // A font every office suite maps to one with the full Vietnamese repertoire (Arial / Liberation Sans).
            workbook.getFontAt(0).setFontName(FONT);
            Font bold = workbook.createFont();
            bold.setFontName(FONT);
            bold.setBold(true);
            Font big = workbook.createFont();
            big.setFontName(FONT);
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            label = workbook.createCellStyle();
            label.setFont(bold);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            plain = workbook.createCellStyle();
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            warning = workbook.createCellStyle();
            warning.setFillForegroundColor(IndexedColors.LIGHT_ORANGE.getIndex());
            warning.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            number = workbook.createCellStyle();
            number.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
        }
    }
}
