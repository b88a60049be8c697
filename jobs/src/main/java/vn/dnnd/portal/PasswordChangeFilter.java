package vn.dnnd.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A session whose password was set by someone else (a one-time password) may do nothing but choose its own:
 * every other page sends it to /password, every API call is refused until then.
 */
@Component
@ConditionalOnWebApplication
class PasswordChangeFilter extends OncePerRequestFilter {

    private static final String REQUIRED = PasswordChangeFilter.class.getName() + ".required";

    private final ApiErrors errors;

    PasswordChangeFilter(ApiErrors errors) {
        this.errors = errors;
    }

    static void require(HttpSession session) {
        session.setAttribute(REQUIRED, Boolean.TRUE);
    }

    static void done(HttpSession session) {
        session.removeAttribute(REQUIRED);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || session.getAttribute(REQUIRED) == null) {
            return true;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/password") || path.equals("/logout") || path.equals("/error") || path.startsWith("/css/")
                || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (ApiErrors.isApi(request)) {
            errors.write(response, HttpServletResponse.SC_FORBIDDEN, "Cần đổi mật khẩu trước (trang /password)",
                    "the password must be changed first (page /password)");
        } else {
            response.sendRedirect(request.getContextPath() + "/password");
        }
    }
}
