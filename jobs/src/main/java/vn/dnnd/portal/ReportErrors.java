package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.dnnd.report.ArtifactForbidden;
import vn.dnnd.report.ArtifactUnavailable;

/**
 * A report file that is not there (or an id that is not a number) is 404, one the user's roles may not open is 403, on the page and in the
 * API. Both are DnndExceptions, which {@link PortalErrors} would answer with 400, so this advice goes first.
 */
@ControllerAdvice(assignableTypes = {ReportPagesController.class, ReportApiController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
@ConditionalOnWebApplication
class ReportErrors {

    @ExceptionHandler(ArtifactUnavailable.class)
    Object unavailable(ArtifactUnavailable e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, e.vietnamese(), e.english());
    }

    /** {@code /reports/artifacts/abc}: an id is a number, so this names no recorded file either. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object notAnId(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "Không có tệp báo cáo " + e.getValue(), "no report file " + e.getValue());
    }

    @ExceptionHandler(ArtifactForbidden.class)
    Object forbidden(ArtifactForbidden e, HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, e.vietnamese(), e.english());
    }

    /** The same answer as PortalErrors gives: ApiError JSON for the API, the error page otherwise. */
    private static Object answer(HttpServletRequest request, HttpStatus status, String vietnamese, String english) {
        if (ApiErrors.isApi(request)) {
            return ResponseEntity.status(status).body(new ApiError(status.value(), vietnamese, english));
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("messageVi", vietnamese);
        page.addObject("messageEn", english);
        return page;
    }
}
