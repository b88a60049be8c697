package vn.dnnd.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.LoginAttempts;
import vn.dnnd.access.PortalUser;

/**
 * What happens around the login form: each success and failure counted and audited (failures lock the
 * account, {@link LoginAttempts}), a password set by someone else sent to be changed, and logout audited.
 */
@Component
@ConditionalOnWebApplication
class PortalLogin implements AuthenticationSuccessHandler, AuthenticationFailureHandler, LogoutHandler {

    private final LoginAttempts attempts;
    private final AuditLog audit;
    private final PasswordAuthentication provider;

    PortalLogin(LoginAttempts attempts, AuditLog audit, PasswordEncoder encoder) {
        this.attempts = attempts;
        this.audit = audit;
        this.provider = new PasswordAuthentication(attempts, encoder);
    }

    PasswordAuthentication provider() {
        return provider;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        PortalUser user = (PortalUser) authentication.getPrincipal();
        attempts.succeeded(user, request.getRemoteAddr());
        if (Boolean.TRUE.equals(authentication.getDetails())) {
            PasswordChangeFilter.require(request.getSession());
            response.sendRedirect(request.getContextPath() + "/password");
        } else {
            response.sendRedirect(request.getContextPath() + "/");
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String login = String.valueOf(request.getParameter("username")).trim().toLowerCase(java.util.Locale.ROOT);
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
            audit.record(login, request.getRemoteAddr(), AuditLog.LOGIN_FAILURE, login, reason);
        } else if (exception instanceof DisabledException) {
            reason = "disabled";
            audit.record(login, request.getRemoteAddr(), AuditLog.LOGIN_FAILURE, login, reason);
        } else {
            reason = "error";
            attempts.failed(login.length() > 64 ? login.substring(0, 64) : login, request.getRemoteAddr(),
                    "bad credentials");
        }
        // A locked account says so: its owner must know to wait or to ask an ADMIN, not to guess again.
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof PortalUser user) {
            audit.record(user.actor(), request.getRemoteAddr(), AuditLog.LOGOUT, user.login(), null);
        }
    }
}
