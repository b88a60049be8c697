package vn.dnnd.submission.template;

import static vn.dnnd.submission.template.IndicatorSheetWriter.text;
import static vn.dnnd.submission.template.TemplateLayout.*;

import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The narrative sheet (a row per task and {@link NarrativeSection#inTemplate() section}) and the optional activities sheet. */
final class NarrativeSheetWriters {

    private NarrativeSheetWriters() {
    }

    static void narrative(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(NARRATIVE_SHEET);
        int[] widths = {10, 40, 20, 14, 100};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        text(sheet.createRow(0), 0, "Đánh giá kết quả thực hiện theo từng nhiệm vụ (narrative per task)", styles.title);
        text(sheet.createRow(1), 0, "Mỗi ô tối đa " + content.narrativeMaxChars() + " ký tự. Để trống phần không có nội dung. "
                + "(At most " + content.narrativeMaxChars() + " characters per cell.)", null);
        Row header = sheet.createRow(NARRATIVE_HEADER_ROW);
        String[] headers = {"Nhiệm vụ (task)", "Tên nhiệm vụ (task name)", "Phần (section)", "Mã phần (code)",
                "Nội dung (text)"};
        for (int i = 0; i < headers.length; i++) {
            text(header, i, headers[i], styles.header);
        }
        int rowIndex = NARRATIVE_FIRST_ROW;
        for (int task = 1; task <= 8; task++) {
            for (NarrativeSection section : NarrativeSection.inTemplate()) {
                Row row = sheet.createRow(rowIndex++);
                row.createCell(NARR_TASK).setCellValue(task);
                row.getCell(NARR_TASK).setCellStyle(styles.label);
                text(row, NARR_TASK_NAME, content.taskNames().getOrDefault(task, ""), styles.wrapped);
                text(row, NARR_SECTION_LABEL, section.labelVi(), styles.label);
                text(row, NARR_SECTION, section.code(), styles.label);
                row.createCell(NARR_TEXT).setCellStyle(styles.inputText);
                row.setHeightInPoints(60);
            }
        }
        new TemplateValidations(sheet).textLength(NARRATIVE_FIRST_ROW, rowIndex - 1, NARR_TEXT,
                content.narrativeMaxChars(), "Tối đa " + content.narrativeMaxChars() + " ký tự (too long).");
        sheet.createFreezePane(0, NARRATIVE_FIRST_ROW);
        TemplateStyles.printOnePageWide(sheet);
        sheet.protectSheet("");
    }

    static void activities(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(ACTIVITIES_SHEET);
        int[] widths = {14, 14, 28, 22, 36, 16, 20, 60};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        text(sheet.createRow(0), 0, "Hoạt động tiêu biểu (không bắt buộc) — optional activity detail", styles.title);
        text(sheet.createRow(1), 0, "Mỗi dòng một hoạt động: nhiệm vụ 1–8, ngày trong năm báo cáo, số người và kinh phí "
                + "không âm. (One activity per row.)", null);
        Row header = sheet.createRow(ACTIVITY_HEADER_ROW);
        for (int i = 0; i < ACTIVITY_HEADERS.size(); i++) {
            text(header, i, ACTIVITY_HEADERS.get(i), styles.header);
        }
        int last = ACTIVITY_FIRST_ROW + ACTIVITY_ROWS - 1;
        // Column styles rather than hundreds of empty cells: the input columns are unlocked and yellow
        // wherever the clerk types, and an unused template stays small and quick to read back.
        for (int c = 0; c < ACTIVITY_HEADERS.size(); c++) {
            sheet.setDefaultColumnStyle(c, c == 1 ? styles.inputDate : c >= 2 ? styles.inputText : styles.input);
        }
        TemplateValidations validations = new TemplateValidations(sheet);
        validations.wholeNumber(ACTIVITY_FIRST_ROW, last, 0, "1", "8", "Nhiệm vụ từ 1 đến 8 (task 1 to 8).");
        DateTimeFormatter excelDate = DateTimeFormatter.ofPattern("yyyy,M,d");
        validations.date(ACTIVITY_FIRST_ROW, last, 1, "DATE(" + content.period().startsOn().format(excelDate) + ")",
                "DATE(" + content.period().endsOn().format(excelDate) + ")", "Ngày trong kỳ báo cáo (a date in the period).");
        validations.wholeNumber(ACTIVITY_FIRST_ROW, last, 5, "0", null, "Số nguyên không âm (a whole number).");
        validations.decimal(ACTIVITY_FIRST_ROW, last, 6, "Số không âm (a number, 0 or more).");
        sheet.createFreezePane(0, ACTIVITY_FIRST_ROW);
        TemplateStyles.printOnePageWide(sheet);
        sheet.protectSheet("");
    }
}
