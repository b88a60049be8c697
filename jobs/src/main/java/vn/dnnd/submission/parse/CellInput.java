package vn.dnnd.submission.parse;

import java.math.BigDecimal;

/**
 * What a cell, CSV field or JSON value held, before the catalogue says what it should be. Cell
 * types are never trusted: a number typed as text stays {@link Text} and is read by vi-VN rules later.
 */
public sealed interface CellInput {

    /** The value as a clerk would see it, for messages. */
    String shown();

    record Blank() implements CellInput {
        public String shown() {
            return "";
        }
    }

    record Text(String text) implements CellInput {
        public String shown() {
            return text;
        }
    }

    record Number(BigDecimal value) implements CellInput {
        /** Plain digits up to this many before or after the point; beyond, scientific notation. */
        private static final int PLAIN_DIGITS = 30;

        public String shown() {
            BigDecimal stripped = value.stripTrailingZeros();
            // JSON may write 1e999999999: in plain digits that is a billion characters.
            boolean huge = stripped.precision() - stripped.scale() > PLAIN_DIGITS || stripped.scale() > PLAIN_DIGITS;
            return huge ? stripped.toString() : stripped.toPlainString();
        }
    }

    record Bool(boolean value) implements CellInput {
        public String shown() {
            return value ? "TRUE" : "FALSE";
        }
    }

    /** A number cell that Excel shows as a date (the clerk typed "12/3" and Excel made it a date). */
    record DateCell(String shownAsDate) implements CellInput {
        public String shown() {
            return shownAsDate;
        }
    }

    /** A formula; {@code cached} is the result Excel saved with it, or {@link Blank} when none was saved. */
    record Formula(String formula, CellInput cached) implements CellInput {
        public String shown() {
            return "=" + formula;
        }
    }

    CellInput BLANK = new Blank();

    static CellInput text(String text) {
        String cleaned = Texts.clean(text);
        return cleaned == null ? BLANK : new Text(cleaned);
    }

    default boolean isBlank() {
        return this instanceof Blank || (this instanceof Text t && t.text().isBlank());
    }
}
