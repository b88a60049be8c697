package vn.dnnd.portal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.dnnd.indicator.HierarchyView;
import vn.dnnd.indicator.IndicatorQueries;

/**
 * {@code indicators show} for programs: the published figures of one scope and view as JSON, numbers as JSON
 * numbers and no value as null (never 0). An unknown period, scope or code is a 400 with both messages.
 */
@RestController
@ConditionalOnWebApplication
class IndicatorsApiController {

    private final IndicatorQueries queries;

    IndicatorsApiController(IndicatorQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/periods/{period}/indicators")
    IndicatorsJson indicators(@PathVariable String period, @RequestParam(defaultValue = "national") String scope,
                              @RequestParam(defaultValue = "as-reported") String view) {
        HierarchyView hierarchy = HierarchyView.parse(view);
        String code = period.strip();
        return queries.isAnnual(code) ? IndicatorsJson.of(queries.scope(code, scope, hierarchy))
                : IndicatorsJson.of(queries.series(code, scope, hierarchy));
    }
}
