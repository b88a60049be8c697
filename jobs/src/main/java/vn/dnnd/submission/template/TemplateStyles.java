package vn.dnnd.submission.template;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The few cell styles of the template: locked labels, headers, and unlocked yellow input cells. */
final class TemplateStyles {

    final CellStyle title;
    final CellStyle header;
    final CellStyle taskRow;
    final CellStyle label;
    final CellStyle wrapped;
    final CellStyle paragraph;
    final CellStyle input;
    final CellStyle inputText;
    final CellStyle inputDate;

    /** Printed on A4 landscape, one page wide, as a clerk prints the form to have it signed. */
    static void printOnePageWide(org.apache.poi.ss.usermodel.Sheet sheet) {
        sheet.setFitToPage(true);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setPaperSize(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
    }

    TemplateStyles(XSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        Font big = workbook.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = workbook.createCellStyle();
        title.setFont(big);
        header = bordered(workbook);
        header.setFont(bold);
        header.setWrapText(true);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        taskRow = workbook.createCellStyle();
        taskRow.setFont(bold);
        taskRow.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
        taskRow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        label = bordered(workbook);
        label.setVerticalAlignment(VerticalAlignment.TOP);
        wrapped = bordered(workbook);
        wrapped.setWrapText(true);
        wrapped.setVerticalAlignment(VerticalAlignment.TOP);
        paragraph = workbook.createCellStyle();
        paragraph.setWrapText(true);
        paragraph.setVerticalAlignment(VerticalAlignment.TOP);
        input = inputStyle(workbook);
        inputText = inputStyle(workbook);
        inputText.setWrapText(true);
        inputText.setVerticalAlignment(VerticalAlignment.TOP);
        inputDate = inputStyle(workbook);
        inputDate.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    /** Input cells are the only unlocked cells of a protected sheet. */
    private static CellStyle inputStyle(XSSFWorkbook workbook) {
        CellStyle style = bordered(workbook);
        style.setLocked(false);
        style.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        return style;
    }
}
