package vn.dnnd.referencedata;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Typed access to one CSV line. Every read normalises text to Unicode NFC and trims it; every
 * value that does not parse is recorded as a problem naming the column, and a neutral value is
 * returned so the rest of the line is still checked.
 */
final class CsvFields {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]+(\\.[A-Z0-9_]+)?(:[A-Z0-9_]+)?");

    private final CsvLine line;
    private final List<ReferenceProblem> problems = new ArrayList<>();

    CsvFields(CsvLine line) {
        this.line = line;
    }

    int lineNo() {
        return line.lineNo();
    }

    List<ReferenceProblem> problems() {
        return problems;
    }

    void problem(String vietnamese, String english) {
        problems.add(ReferenceProblem.of(line.fileName(), line.lineNo(), vietnamese, english));
    }

    String optionalText(String column) {
        String raw = line.values().get(column);
        if (raw == null) {
            return null;
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).strip();
        return text.isEmpty() ? null : text;
    }

    String text(String column) {
        String text = optionalText(column);
        if (text == null) {
            problem("cột '" + column + "' bị trống", "column '" + column + "' is empty");
            return "";
        }
        return text;
    }

    String code(String column) {
        return checkCode(column, text(column));
    }

    String optionalCode(String column) {
        String code = optionalText(column);
        return code == null ? null : checkCode(column, code);
    }

    private String checkCode(String column, String code) {
        if (!code.isEmpty() && !CODE.matcher(code).matches()) {
            problem("mã '" + code + "' ở cột '" + column + "' chỉ được gồm chữ in hoa không dấu, số, '_'",
                    "code '" + code + "' in column '" + column + "' must be upper-case ASCII letters, digits, '_'");
        }
        return code;
    }

    LocalDate date(String column) {
        String text = text(column);
        return text.isEmpty() ? LocalDate.EPOCH : parseDate(column, text);
    }

    LocalDate optionalDate(String column) {
        String text = optionalText(column);
        return text == null ? null : parseDate(column, text);
    }

    private LocalDate parseDate(String column, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problem("ngày '" + text + "' ở cột '" + column + "' không hợp lệ, cần dạng YYYY-MM-DD",
                    "broken date '" + text + "' in column '" + column + "', expected YYYY-MM-DD");
            return LocalDate.EPOCH;
        }
    }

    int integer(String column) {
        String text = text(column);
        try {
            return text.isEmpty() ? 0 : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            problem("'" + text + "' ở cột '" + column + "' không phải số nguyên",
                    "'" + text + "' in column '" + column + "' is not a whole number");
            return 0;
        }
    }

    boolean yesNo(String column) {
        String text = text(column);
        switch (text.toLowerCase()) {
            case "yes", "có":
                return true;
            case "no", "không", "":
                return false;
            default:
                problem("cột '" + column + "' phải là yes/no (có/không), không phải '" + text + "'",
                        "column '" + column + "' must be yes or no, not '" + text + "'");
                return false;
        }
    }

    String oneOf(String column, Set<String> allowed) {
        String text = text(column);
        if (!text.isEmpty() && !allowed.contains(text)) {
            problem("giá trị '" + text + "' ở cột '" + column + "' không thuộc " + allowed,
                    "value '" + text + "' in column '" + column + "' is not one of " + allowed);
        }
        return text;
    }

    List<String> list(String column, Set<String> allowed) {
        String text = optionalText(column);
        if (text == null) {
            return List.of();
        }
        List<String> items = Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (String item : items) {
            if (!allowed.contains(item)) {
                problem("giá trị '" + item + "' ở cột '" + column + "' không thuộc " + allowed,
                        "value '" + item + "' in column '" + column + "' is not one of " + allowed);
            }
        }
        return items;
    }

    void validity(LocalDate from, LocalDate to, String fromColumn, String toColumn) {
        if (to != null && !from.isBefore(to)) {
            problem("'" + fromColumn + "' (" + from + ") phải trước '" + toColumn + "' (" + to + ")",
                    "'" + fromColumn + "' (" + from + ") must be before '" + toColumn + "' (" + to + ")");
        }
    }
}
