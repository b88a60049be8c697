package vn.dnnd.submission.parse;

import java.util.Locale;
import tools.jackson.core.JacksonException;

/**
 * Says in Vietnamese what is wrong in a JSON file Jackson could not read; the library's own words
 * stay in the English message, shortened.
 */
final class JsonSyntax {

    private JsonSyntax() {
    }

    static String vietnamese(JacksonException failure) {
        String detail = String.valueOf(failure.getOriginalMessage());
        String lower = detail.toLowerCase(Locale.ROOT);
        String what;
        if (lower.contains("end-of-input") || failure.getClass().getSimpleName().contains("EOF")) {
            what = "tệp kết thúc giữa chừng (thiếu dấu đóng }, ] hoặc \")";
        } else if (lower.startsWith("duplicate")) {
            what = "một trường được ghi hai lần trong cùng một đối tượng";
        } else if (lower.contains("close marker")) {
            what = "dấu đóng ] hoặc } không khớp với dấu mở";
        } else if (lower.contains("unquoted character") || lower.contains("control character")) {
            what = "chuỗi chứa ký tự điều khiển chưa được viết dạng \\n, \\t hoặc \\u0000";
        } else if (lower.contains("unrecognized token")) {
            what = "từ không hợp lệ (văn bản phải đặt trong dấu ngoặc kép \"…\")";
        } else if (lower.contains("length") && lower.contains("exceeds")) {
            what = "số hoặc chuỗi dài vượt giới hạn";
        } else if (lower.contains("unexpected character")) {
            what = "ký tự không đúng chỗ (thiếu dấu phẩy, dấu hai chấm hoặc dấu ngoặc kép?)";
        } else {
            what = "không đọc được cấu trúc JSON";
        }
        int column = failure.getLocation() == null ? 0 : failure.getLocation().getColumnNr();
        return what + (column > 0 ? " (cột " + column + ")" : "");
    }

    static String english(JacksonException failure) {
        return Texts.excerpt(String.valueOf(failure.getOriginalMessage()), 200);
    }
}
