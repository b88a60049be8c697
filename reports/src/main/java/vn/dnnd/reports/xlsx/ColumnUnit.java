package vn.dnnd.reports.xlsx;

/**
 * How a column's values are written, as the column dictionary tells the reader (labels
 * {@code xlsx.unit.<NAME>}): the unit, and the scale of percentages.
 */
enum ColumnUnit {
    /** Words in the edition's language. */
    TEXT,
    /** A code of the catalogue or the registry (indicator, organisation, region), the same in both editions. */
    CODE,
    /** A number that names something: shown without thousands separators. */
    IDENTIFIER,
    /** A number of organisations. */
    ORGANISATIONS,
    /** A number of things counted (scopes ranked). */
    COUNT,
    /** A percentage stored as a number of percent, 0-100. */
    PERCENT,
    /** A task score, points out of 100. */
    POINTS,
    /** An indicator's value in the unit of its row. */
    INDICATOR_UNIT,
    /** A change of an indicator's value in the unit of its row, shares in percentage points. */
    INDICATOR_CHANGE,
    /** A value as an organisation submitted it. */
    RAW_VALUE,
    /** 1 for yes, 0 for no. */
    YES_NO,
    /** The words yes or no of the edition's language ("Có" / "Không"), empty where the question does not arise. */
    YES_NO_TEXT,
    /** A date and time in Vietnam's time. */
    DATE_TIME,
    /** Each row says what its value is. */
    PER_ITEM
}
