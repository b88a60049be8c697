package vn.dnnd.submission.template;

import static vn.dnnd.submission.template.IndicatorSheetWriter.text;
import static vn.dnnd.submission.template.TemplateLayout.*;

import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.dnnd.reports.text.VietnameseFormat;

/** The instructions sheet a clerk reads first, and the hidden metadata by which a returned file identifies itself. */
final class InstructionSheetWriters {

    private InstructionSheetWriters() {
    }

    static void instructions(XSSFWorkbook workbook, TemplateStyles styles, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(INSTRUCTIONS_SHEET);
        sheet.setColumnWidth(0, 110 * 256);
        List<String> lines = List.of(
                "BIỂU MẪU BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ THỊ 12-CT/TW VỀ ĐỐI NGOẠI NHÂN DÂN",
                organisationLine(content),
                "Kỳ báo cáo (period): " + content.period().nameVi() + ", từ " + VietnameseFormat.date(content.period().startsOn())
                        + " đến " + VietnameseFormat.date(content.period().endsOn()),
                "Hạn gửi (due): " + VietnameseFormat.date(content.period().dueOn()) + "; khóa sổ (lock): "
                        + VietnameseFormat.date(content.period().locksOn()) + ". Báo cáo gửi sau hạn vẫn được nhận và ghi là nộp muộn; "
                        + "sau ngày khóa sổ không nhận.",
                "",
                "Cách điền (how to fill in):",
                "1. Trang \"" + INDICATORS_SHEET + "\": nhập số liệu vào cột \"Giá trị\" (ô màu vàng). Số viết theo kiểu Việt Nam: "
                        + "dấu chấm phân cách hàng nghìn, dấu phẩy thập phân (1.234 là một nghìn hai trăm ba mươi tư; 1,5 là một phẩy năm).",
                "2. Để trống nếu không có số liệu: ô trống KHÔNG được hiểu là 0. Nếu chỉ tiêu không áp dụng cho đơn vị, "
                        + "chọn \"" + NOT_APPLICABLE + "\" ở cột bên cạnh.",
                "3. Chỉ tiêu có/không: chọn \"" + YES + "\" hoặc \"" + NO + "\". Không nhập công thức, ngày tháng vào ô số.",
                "4. Trang \"" + NARRATIVE_SHEET + "\": đánh giá theo từng nhiệm vụ: kết quả đạt được, hạn chế, nguyên nhân "
                        + "khách quan, nguyên nhân chủ quan, bài học kinh nghiệm, đề xuất, kiến nghị.",
                "5. Trang \"" + ACTIVITIES_SHEET + "\" (không bắt buộc): liệt kê các hoạt động tiêu biểu.",
                "6. Không đổi tên trang, không thêm, xóa hay sắp xếp lại dòng; gửi lại đúng tệp này. Các tỷ lệ (%) do hệ thống tự tính.",
                "",
                "In English: fill the yellow cells of \"" + INDICATORS_SHEET + "\" (Vietnamese number format: 1.234 = 1234, 1,5 = 1.5); "
                        + "leave a cell blank when there is no figure (blank is not zero); mark \"" + NOT_APPLICABLE
                        + "\" (not applicable) where an indicator does not apply; write the narrative per task (results, limitations, objective and subjective causes, lessons learned, "
                        + "proposals); "
                        + "activities are optional. Send this file back unchanged in structure.",
                "",
                generatedLine(content));
        for (int i = 0; i < lines.size(); i++) {
            Row row = sheet.createRow(i);
            text(row, 0, lines.get(i), i == 0 ? styles.title : styles.paragraph);
            row.setHeightInPoints(i == 0 ? 20 : height(lines.get(i)));
        }
        TemplateStyles.printOnePageWide(sheet);
        sheet.protectSheet("");
    }

    static final int ORGANISATION_LINE = 1;

    static String organisationLine(TemplateContent content) {
        return "Đơn vị báo cáo (organisation): " + content.reporter().nameVi() + " (" + content.reporter().code() + ")";
    }

    static String generatedLine(TemplateContent content) {
        return "Biểu mẫu (template) " + VERSION + ", lập ngày (generated) "
                + VietnameseFormat.date(content.generatedAt().toLocalDate());
    }

    /** Spreadsheets do not grow a row for wrapped text on their own: about 100 characters a line. */
    static float height(String line) {
        return 15 * (1 + line.length() / 100);
    }

    /** The rows of the hidden _meta sheet, in order: key and value. */
    static String[][] metaPairs(TemplateContent content) {
        return new String[][] {
                {META_VERSION, VERSION},
                {META_ORGANISATION, content.reporter().code()},
                {META_ORGANISATION_NAME, content.reporter().nameVi()},
                {META_KIND, content.reporter().kind()},
                {META_PERIOD, content.period().code()},
                {META_CHECKSUM, content.catalogueChecksum()},
                {META_GENERATED_AT, content.generatedAt().toString()}};
    }

    static void metadata(XSSFWorkbook workbook, TemplateContent content) {
        XSSFSheet sheet = workbook.createSheet(META_SHEET);
        String[][] pairs = metaPairs(content);
        for (int i = 0; i < pairs.length; i++) {
            Row row = sheet.createRow(i);
            row.createCell(0).setCellValue(pairs[i][0]);
            row.createCell(1).setCellValue(pairs[i][1]);
        }
        sheet.protectSheet("");
        workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
    }
}
