package vn.dnnd.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * An upload that says, before a byte of it is read, that it is larger than the portal takes is answered 413 at
 * once, ahead of every other filter. Without this the first filter to look for a form field (the CSRF check,
 * the language switch) would parse the oversized body and fail, and the user would get a generic error instead
 * of the reason. The page is written here, in both languages: rendering the portal's error page would read
 * the request's parameters, that is parse the body, again.
 */
@Component
@ConditionalOnWebApplication
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitFilter extends OncePerRequestFilter {

    private final long maxRequestBytes;
    private final ApiErrors apiErrors;

    UploadLimitFilter(@Value("${spring.servlet.multipart.max-request-size}") DataSize maxRequestSize, ApiErrors apiErrors) {
        this.maxRequestBytes = maxRequestSize.toBytes();
        this.apiErrors = apiErrors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")
                || request.getContentLengthLong() <= maxRequestBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String limit = (maxRequestBytes / (1024 * 1024)) + " MB";
        String vietnamese = "Tệp gửi lên vượt quá giới hạn " + limit + "; không có gì được lưu";
        String english = "the upload is larger than the limit of " + limit + "; nothing was stored";
        if (ApiErrors.isApi(request)) {
            apiErrors.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, vietnamese, english);
            return;
        }
        response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>413</title>"
                + "<link rel=\"stylesheet\" href=\"/css/portal.css\"></head><body><main id=\"main\"><h1>Lỗi 413</h1>"
                + "<p class=\"error\">" + HtmlUtils.htmlEscape(vietnamese) + "</p><p class=\"muted\" lang=\"en\">"
                + HtmlUtils.htmlEscape(english) + "</p><p><a href=\"/submit\">Về trang nộp báo cáo (back)</a></p>"
                + "</main></body></html>");
    }
}
