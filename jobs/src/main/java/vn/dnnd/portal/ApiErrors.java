package vn.dnnd.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * What security answers when it stops a request. A page: the login page for a visitor, the error page (403)
 * for a user without the role. The API: JSON with a Vietnamese and an English message (a program cannot
 * follow a redirect to the login page).
 */
@Component
@ConditionalOnWebApplication
class ApiErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;
    private final LoginUrlAuthenticationEntryPoint loginPage = new LoginUrlAuthenticationEntryPoint("/login");
    private final AccessDeniedHandlerImpl errorPage = new AccessDeniedHandlerImpl();

    ApiErrors(ObjectMapper json) {
        this.json = json;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException, ServletException {
        if ("true".equals(request.getHeader("HX-Request")) && !isApi(request)) {
            // A fragment htmx polls (the job monitor) after the session ended: the whole page goes to the login
            // page, instead of the login page being swapped into the fragment's place.
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", request.getContextPath() + "/login");
            return;
        }
        if (!isApi(request)) {
            loginPage.commence(request, response, e);
            return;
        }
        write(response, HttpServletResponse.SC_UNAUTHORIZED, "Cần đăng nhập hoặc mã truy cập (Authorization: Bearer)",
                "authentication required: a session or Authorization: Bearer <token>");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException, ServletException {
        if (!isApi(request)) {
            errorPage.handle(request, response, e);
            return;
        }
        write(response, HttpServletResponse.SC_FORBIDDEN, "Tài khoản không có quyền này",
                "this account may not do this");
    }

    void write(HttpServletResponse response, int status, String vietnamese, String english) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(json.writeValueAsString(new ApiError(status, vietnamese, english)));
    }
}
