package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The link to the same page in the other language, keeping the page's own query (a status board's filters,
 * a figures page's scope): only {@code lang} changes. A page reached by a form POST links to itself as a GET.
 */
@ControllerAdvice
@ConditionalOnWebApplication
class LanguageSwitch {

    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        String other = "en".equals(locale.getLanguage()) ? "vi" : "en";
        String query = "GET".equals(request.getMethod()) ? request.getQueryString() : null;
        // "//host/…" would be a link to another site: a path always starts with exactly one slash here.
        String path = "/" + request.getRequestURI().replaceFirst("^/+", "");
        return UriComponentsBuilder.fromPath(path).query(query)
                .replaceQueryParam("lang", other).build().toUriString();
    }
}
