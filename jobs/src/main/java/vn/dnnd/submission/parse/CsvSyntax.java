package vn.dnnd.submission.parse;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dnnd.submission.validation.Issues;
import vn.dnnd.submission.validation.Location;
import vn.dnnd.system.Rule;

/**
 * Says in Vietnamese why Commons CSV could not read a file, and where, instead of passing its
 * English message to the clerk; the library's own words stay in the English message, shortened.
 */
final class CsvSyntax {

    /** "(line 5)", "(startline 5)" or "at line: 5", as the versions of Commons CSV say it. */
    private static final Pattern LINE = Pattern.compile("\\((?:start)?line (\\d+)\\)|at line: (\\d+)");

    private CsvSyntax() {
    }

    static void describe(RuntimeException failure, Issues issues) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String detail = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        Matcher line = LINE.matcher(detail);
        Location where = line.find()
                ? Location.line(Integer.parseInt(line.group(1) != null ? line.group(1) : line.group(2)), null)
                : Location.FILE;
        String lower = detail.toLowerCase();
        String vi;
        if (lower.contains("encapsulated token")) {
            vi = "dấu ngoặc kép (\") không khớp: một ô mở ngoặc kép mà không đóng (có thể ở một dòng phía trên dòng "
                    + "phát hiện lỗi), hoặc có ký tự ngay sau dấu đóng";
        } else if (lower.contains("duplicate name")) {
            vi = "dòng tiêu đề có hai cột trùng tên";
        } else if (lower.contains("header name is missing")) {
            vi = "dòng tiêu đề có cột không tên";
        } else {
            vi = "không đọc được cấu trúc dòng và cột";
        }
        issues.error(Rule.STRUCTURE, where, "tệp CSV sai cú pháp: " + vi,
                "malformed CSV: " + Texts.excerpt(detail, 200));
    }
}
