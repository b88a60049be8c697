package vn.dnnd.portal;

import java.util.Locale;
import org.springframework.ui.Model;
import vn.dnnd.reports.text.FigureNumbers;

/**
 * The number and time writers of the page's language for the reports and figures pages: vi-VN separators
 * (1.234,5) on a Vietnamese page, English ones (1,234.5) on an English page; times in Vietnam's time, as
 * the status board writes them.
 */
final class PageText {

    private PageText() {
    }

    /** Adds {@code numbers} (FigureNumbers) and {@code dates} (StatusTexts, for its {@code time}) to the model. */
    static void addTo(Model model, Locale locale) {
        model.addAttribute("numbers", FigureNumbers.of(StatusTexts.languageOf(locale)));
        model.addAttribute("dates", new StatusTexts(StatusTexts.languageOf(locale)));
    }
}
