package vn.dnnd.submission.template;

import static vn.dnnd.submission.template.TemplateLayout.*;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.submission.reference.IndicatorDefinition;

/** The indicators sheet: one locked row per indicator with a typed, validated input cell. */
final class IndicatorSheetWriter {

    private static final String[] HEADERS = {"STT", "Mã chỉ tiêu (code)", "Tên chỉ tiêu (indicator)",
            "Đơn vị tính (unit)", "Giá trị (value)", "Không áp dụng (not applicable)", "Ghi chú (note)",
            "Bắt buộc (required)", "Loại giá trị (type)", "Cách tính (how to count)"};
    private static final int[] WIDTHS = {6, 28, 60, 14, 16, 18, 30, 12, 16, 80};

    private IndicatorSheetWriter() {
    }

    static String title(TemplateContent content) {
        return "Số liệu thực hiện Chỉ thị 12-CT/TW — " + content.period().nameVi() + " — " + content.reporter().nameVi();
    }

    static void write(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(INDICATORS_SHEET);
        for (int i = 0; i < WIDTHS.length; i++) {
            sheet.setColumnWidth(i, WIDTHS[i] * 256);
        }
        text(sheet.createRow(0), 0, title(content), styles.title);
        text(sheet.createRow(1), 0, "Nhập vào các ô màu vàng. Để trống nếu không có số liệu (để trống không phải là 0); "
                + "chọn \"Không áp dụng\" nếu chỉ tiêu không áp dụng cho đơn vị. (Fill the yellow cells; blank is not zero.)", null);
        Row preparedBy = sheet.createRow(PREPARED_BY_ROW);
        text(preparedBy, 0, "Người lập biểu, chức vụ (prepared by):", null);
        preparedBy.createCell(PREPARED_BY_COLUMN).setCellStyle(styles.inputText);
        sheet.addMergedRegion(new CellRangeAddress(PREPARED_BY_ROW, PREPARED_BY_ROW, PREPARED_BY_COLUMN, COL_NOTE));
        Row header = sheet.createRow(INDICATOR_HEADER_ROW);
        for (int i = 0; i < HEADERS.length; i++) {
            text(header, i, HEADERS[i], styles.header);
        }
        TemplateValidations validations = new TemplateValidations(sheet);
        int rowIndex = INDICATOR_FIRST_ROW;
        int task = 0;
        int number = 0;
        for (IndicatorDefinition indicator : content.indicators()) {
            if (indicator.taskNo() != task) {
                task = indicator.taskNo();
                Row taskRow = sheet.createRow(rowIndex);
                text(taskRow, 0, "Nhiệm vụ " + task + ": " + content.taskNames().getOrDefault(task, ""), styles.taskRow);
                sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, COL_DEFINITION));
                rowIndex++;
            }
            Row row = sheet.createRow(rowIndex);
            row.createCell(COL_NO).setCellValue(++number);
            row.getCell(COL_NO).setCellStyle(styles.label);
            text(row, COL_CODE, indicator.code(), styles.label);
            text(row, COL_NAME, indicator.nameVi(), styles.wrapped);
            text(row, COL_UNIT, indicator.unitVi(), styles.label);
            row.createCell(COL_VALUE).setCellStyle(styles.input);
            row.createCell(COL_NOT_APPLICABLE).setCellStyle(styles.input);
            row.createCell(COL_NOTE).setCellStyle(styles.inputText);
            text(row, COL_REQUIRED, indicator.required() ? "Bắt buộc" : "Không bắt buộc", styles.label);
            text(row, COL_TYPE, typeLabel(indicator.valueType()), styles.label);
            text(row, COL_DEFINITION, indicator.definitionVi(), styles.wrapped);
            validations.forValueType(indicator.valueType(), rowIndex, COL_VALUE, indicator.definitionVi());
            validations.list(new String[] {NOT_APPLICABLE}, rowIndex, rowIndex, COL_NOT_APPLICABLE,
                    "Chọn \"Không áp dụng\" hoặc để trống (choose \"Không áp dụng\" or leave blank).");
            rowIndex++;
        }
        sheet.createFreezePane(0, INDICATOR_FIRST_ROW);
        TemplateStyles.printOnePageWide(sheet);
        sheet.protectSheet("");
    }

    private static String typeLabel(String valueType) {
        return switch (valueType) {
            case "integer" -> "Số nguyên";
            case "decimal" -> "Số thập phân";
            case "percent" -> "Phần trăm (0–100)";
            default -> "Có/Không";
        };
    }

    static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }
}
