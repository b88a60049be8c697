package vn.dnnd.submission.upload;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.submission.template.TemplateLayout;

/** Edits of a filled template, as a clerk's slip would make them. */
public final class Workbooks {

    private Workbooks() {
    }

    /** The workbook with {@code text} typed into the value cell of {@code indicator}. */
    public static byte[] withText(byte[] workbook, String indicator, String text) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheet(TemplateLayout.INDICATORS_SHEET);
            for (Row row : sheet) {
                if (row.getRowNum() >= TemplateLayout.INDICATOR_FIRST_ROW && row.getCell(TemplateLayout.COL_CODE) != null
                        && indicator.equals(row.getCell(TemplateLayout.COL_CODE).getStringCellValue())) {
                    row.getCell(TemplateLayout.COL_VALUE).setCellValue(text);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }
}
