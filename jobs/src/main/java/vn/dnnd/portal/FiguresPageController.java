package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dnnd.indicator.FigureTables;
import vn.dnnd.indicator.FigureText;
import vn.dnnd.indicator.HierarchyView;
import vn.dnnd.indicator.PublishedPeriod;
import vn.dnnd.system.DnndException;

/** {@code indicators show} as a page: a GET form (period, scope, view, task) above the table it chose. */
@Controller
@ConditionalOnWebApplication
class FiguresPageController {

    private static final List<String> VIEWS = List.of(HierarchyView.AS_REPORTED.option(), HierarchyView.RESTATED.option());

    private final FigureTables tables;

    FiguresPageController(FigureTables tables) {
        this.tables = tables;
    }

    /** The form's target (and the menu's link): on to the chosen period's page, by default the newest annual one. */
    @GetMapping("/figures")
    String choose(@RequestParam(required = false) String period, @RequestParam(defaultValue = "national") String scope,
                  @RequestParam(defaultValue = "as-reported") String view, @RequestParam(defaultValue = "") String task,
                  Model model, Locale locale) {
        List<PublishedPeriod> periods = tables.periods();
        String chosen = period == null || period.isBlank()
                ? PublishedPeriod.first(periods).map(PublishedPeriod::code).orElse(null) : period.strip();
        if (chosen == null) {
            return page(model, locale, periods, null, scope, view, null);
        }
        return "redirect:" + UriComponentsBuilder.fromPath("/figures/{period}").queryParam("scope", scope)
                .queryParam("view", view).queryParam("task", task).buildAndExpand(chosen).encode().toUriString();
    }

    /** An unknown period, scope, code, view or task keeps the form and says why, in both languages (400). */
    @GetMapping("/figures/{period}")
    String figures(@PathVariable String period, @RequestParam(defaultValue = "national") String scope,
                   @RequestParam(defaultValue = "as-reported") String view, @RequestParam(defaultValue = "") String task,
                   Model model, Locale locale, HttpServletResponse response) {
        Integer taskNo = null;
        try {
            taskNo = FigureTables.task(task);
            model.addAttribute("table", tables.table(period, scope, HierarchyView.parse(view), taskNo,
                    FigureText.forLanguage(locale.getLanguage())));
        } catch (DnndException e) {
            model.addAttribute("error", e);
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        return page(model, locale, tables.periods(), period, scope, view, taskNo);
    }

    private static String page(Model model, Locale locale, List<PublishedPeriod> periods, String period, String scope,
                               String view, Integer task) {
        model.addAttribute("periods", periods);
        model.addAttribute("period", period);
        model.addAttribute("scope", scope);
        model.addAttribute("view", view);
        model.addAttribute("views", VIEWS);
        model.addAttribute("task", task);
        PageText.addTo(model, locale);
        return "indicator/figures";
    }
}
