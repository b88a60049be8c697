package vn.dnnd.portal;

import java.util.Locale;
import org.springframework.ui.Model;
import vn.dnnd.reports.model.ReportLanguage;
import vn.dnnd.reports.text.FigureNumbers;
import vn.dnnd.reports.text.NumberText;

/**
 * The number and date writers of the page's language for the reports and figures pages: vi-VN separators
 * (1.234,5) on a Vietnamese page, English ones (1,234.5) on an English page; dates in Vietnam's time.
 */
final class PageText {

    private PageText() {
    }

    static ReportLanguage language(Locale locale) {
        return "en".equals(locale.getLanguage()) ? ReportLanguage.EN : ReportLanguage.VI;
    }

    /** Adds {@code numbers} (FigureNumbers) and {@code dates} (NumberText) to the page's model. */
    static void addTo(Model model, Locale locale) {
        model.addAttribute("numbers", FigureNumbers.of(language(locale)));
        model.addAttribute("dates", new NumberText(language(locale)));
    }
}
