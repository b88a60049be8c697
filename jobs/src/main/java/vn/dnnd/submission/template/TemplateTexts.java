package vn.dnnd.submission.template;

/**
 * The texts of a template that name its organisation, for a caller that re-addresses a saved template
 * of the same kind and period instead of building it again (the sample generator).
 */
public final class TemplateTexts {

    private TemplateTexts() {
    }

    /** Row (0-based) of the instructions sheet that names the organisation; the last row says when it was made. */
    public static final int ORGANISATION_LINE = InstructionSheetWriters.ORGANISATION_LINE;

    public static String organisationLine(TemplateContent content) {
        return InstructionSheetWriters.organisationLine(content);
    }

    public static String generatedLine(TemplateContent content) {
        return InstructionSheetWriters.generatedLine(content);
    }

    /** The title in cell A1 of the indicator sheet. */
    public static String title(TemplateContent content) {
        return IndicatorSheetWriter.title(content);
    }

    /** The hidden _meta sheet, row by row: key (column A) and value (column B). */
    public static String[][] metaPairs(TemplateContent content) {
        return InstructionSheetWriters.metaPairs(content);
    }
}
