package vn.dnnd.portal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import vn.dnnd.submission.parse.Texts;
import vn.dnnd.system.DnndException;

/** A day typed in a form's date field (yyyy-mm-dd), or a refusal the page shows in both languages. */
final class FormDay {

    private FormDay() {
    }

    static LocalDate parse(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new DnndException("Ngày '" + Texts.excerpt(text, 20) + "' không đúng dạng năm-tháng-ngày",
                    "the day '" + Texts.excerpt(text, 20) + "' is not a date (yyyy-mm-dd)", e);
        }
    }
}
