package vn.dnnd.reports.model;

import java.util.Objects;

/**
 * One narrative section as submitted, for the workbook: the text is written as it arrived, always as
 * text (a passage beginning with "=" stays a passage, never becomes a formula).
 *
 * @param region the organisation's region today, or null for central bodies
 */
public record NarrativeRow(
        String organisationCode, String organisationName, Scope region, int taskNo, NarrativePart section, String text) {

    public NarrativeRow {
        Objects.requireNonNull(organisationCode, "organisationCode");
        Objects.requireNonNull(organisationName, "organisationName");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(text, "text");
    }
}
