package vn.dnnd.submission.sample;

/**
 * Edits the XML of one worksheet as POI wrote it: sets the value of an existing cell (keeping its
 * style) and appends rows. Values are a shared string index or a number, as Excel stores them.
 */
final class SheetXml {

    private final StringBuilder xml;

    SheetXml(String xml) {
        this.xml = new StringBuilder(xml);
    }

    /** Cell reference such as "E8" from 0-based row and column. */
    static String ref(int row, int column) {
        return (char) ('A' + column) + String.valueOf(row + 1);
    }

    void string(int row, int column, int sharedIndex) {
        set(row, column, "s", String.valueOf(sharedIndex));
    }

    void number(int row, int column, double value) {
        set(row, column, "n", Double.toString(value));
    }

    /** Replaces the cell element; the template has every fillable cell, styled, so it must be there. */
    private void set(int row, int column, String type, String value) {
        String ref = ref(row, column);
        int start = xml.indexOf("<c r=\"" + ref + "\"");
        if (start < 0) {
            throw new IllegalStateException("the template has no cell " + ref);
        }
        int tagEnd = xml.indexOf(">", start);
        String tag = xml.substring(start, tagEnd);
        int end = tag.endsWith("/") ? tagEnd + 1 : xml.indexOf("</c>", tagEnd) + 4;
        xml.replace(start, end, cell(ref, style(tag), type, value));
    }

    private static String style(String tag) {
        int at = tag.indexOf(" s=\"");
        return at < 0 ? null : tag.substring(at + 4, tag.indexOf('"', at + 4));
    }

    static String cell(String ref, String style, String type, String value) {
        return "<c r=\"" + ref + "\"" + (style == null ? "" : " s=\"" + style + "\"") + " t=\"" + type + "\"><v>" + value
                + "</v></c>";
    }

    /** Adds rows (already serialised) at the end of the sheet's data. */
    void appendRows(CharSequence rows) {
        int end = xml.indexOf("</sheetData>");
        xml.insert(end, rows);
    }

    @Override
    public String toString() {
        return xml.toString();
    }
}
