package vn.dnnd.submission.parse;

import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/** Says why an .xlsx could not be opened: not a workbook, a zip bomb, unsafe XML, or damaged. */
final class XlsxFailure {

    private static final Logger log = LoggerFactory.getLogger(XlsxFailure.class);

    private XlsxFailure() {
    }

    static void describe(Exception failure, Issues issues) {
        log.info("Cannot read {} as xlsx", issues.fileName(), failure);
        String all = messages(failure);
        if (all.contains("zip bomb") || all.contains("max size of the expanded data")) {
            issues.error(Rule.ZIP_BOMB, Location.FILE,
                    "tệp nén bất thường (tỷ lệ nén hoặc dung lượng giải nén vượt giới hạn an toàn); tệp không được mở",
                    "suspicious compression (inflate ratio or expanded size beyond the safe limit); the file was not opened");
        } else if (all.contains("doctype") || all.contains("entity") || all.contains("dtd")) {
            issues.error(Rule.UNSAFE_XML, Location.FILE,
                    "tệp chứa khai báo XML không được phép (DOCTYPE/ENTITY); hãy lưu lại bằng Excel hoặc LibreOffice",
                    "the file contains forbidden XML declarations (DOCTYPE/ENTITY); save it again with Excel or LibreOffice");
        } else if (has(failure, OLE2NotOfficeXmlFileException.class)) {
            issues.error(Rule.UNKNOWN_FORMAT, Location.FILE,
                    "đây là tệp Excel 97-2003 (.xls); hãy lưu lại dạng Excel Workbook (.xlsx)",
                    "this is an Excel 97-2003 (.xls) file; save it as Excel Workbook (.xlsx)");
        } else if (has(failure, NotOfficeXmlFileException.class)) {
            issues.error(Rule.UNREADABLE_FILE, Location.FILE,
                    "tệp .xlsx bị hỏng: không đọc được cấu trúc bảng tính Excel (Office Open XML)",
                    "the .xlsx file is damaged: no Excel workbook (Office Open XML) structure could be read");
        } else {
            issues.error(Rule.UNREADABLE_FILE, Location.FILE,
                    "tệp .xlsx bị hỏng, không đọc được; hãy mở bằng Excel hoặc LibreOffice, lưu lại rồi gửi lại",
                    "the .xlsx file is damaged and cannot be read (" + rootMessage(failure) + ")");
        }
    }

    private static String messages(Throwable failure) {
        StringBuilder all = new StringBuilder();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            all.append(' ').append(t.getClass().getSimpleName()).append(' ').append(t.getMessage());
        }
        return all.toString().toLowerCase();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.lines().findFirst().orElse(message);
        return line.length() > 160 ? line.substring(0, 159) + "…" : line;
    }
}
