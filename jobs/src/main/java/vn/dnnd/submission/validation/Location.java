package vn.dnnd.submission.validation;

/**
 * Where in a file something was found: a sheet and cell (xlsx), a line and column (CSV), or a line
 * and JSON path (JSON). Any part may be null; {@link #FILE} is the file as a whole.
 */
public record Location(String sheet, String cell, Integer line) {

    public static final Location FILE = new Location(null, null, null);

    public static Location cell(String sheet, String cell) {
        return new Location(sheet, cell, null);
    }

    public static Location line(int line, String column) {
        return new Location(null, column, line);
    }

    public String vietnamese() {
        StringBuilder text = new StringBuilder();
        if (sheet != null) {
            text.append("trang tính '").append(sheet).append("'");
        }
        if (line != null) {
            append(text, "dòng " + line);
        }
        if (cell != null) {
            append(text, (sheet != null ? "ô " : cell.startsWith("$") ? "vị trí " : "cột ") + cell);
        }
        return text.toString();
    }

    public String english() {
        StringBuilder text = new StringBuilder();
        if (sheet != null) {
            text.append("sheet '").append(sheet).append("'");
        }
        if (line != null) {
            append(text, "line " + line);
        }
        if (cell != null) {
            append(text, (sheet != null ? "cell " : cell.startsWith("$") ? "path " : "column ") + cell);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, String part) {
        if (!text.isEmpty()) {
            text.append(", ");
        }
        text.append(part);
    }

    /** A short reference kept with a stored value: "Chỉ tiêu!E7", "line 5", or "$.values[3].value". */
    public String compact() {
        if (sheet != null) {
            return sheet + "!" + (cell == null ? "" : cell);
        }
        if (line != null) {
            return "line " + line + (cell == null ? "" : ":" + cell);
        }
        return cell == null ? "" : cell;
    }

    /** The inverse of {@link #compact()}. */
    public static Location fromCompact(String ref) {
        if (ref == null || ref.isEmpty()) {
            return FILE;
        }
        int bang = ref.lastIndexOf('!');
        if (bang >= 0) {
            return new Location(ref.substring(0, bang), ref.substring(bang + 1), null);
        }
        if (ref.startsWith("line ")) {
            String[] parts = ref.substring(5).split(":", 2);
            return new Location(null, parts.length > 1 ? parts[1] : null, Integer.valueOf(parts[0]));
        }
        return new Location(null, ref, null);
    }
}
