package vn.dnnd.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dnnd.access.PortalUser;
import vn.dnnd.access.UserAccount;
import vn.dnnd.access.UserService;

/**
 * A logged-in session acts as its account is now, not as it was at login: each request reads the account
 * again, so an administrator's change of roles or organisations holds from the user's next click, and a
 * disabled account's sessions end there (on every node of a cluster, since the account is in the database).
 * Created by the security configuration, so that it runs in the security chain only.
 */
class SessionAccountFilter extends OncePerRequestFilter {

    private final UserService users;
    private final ApiErrors errors;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionAccountFilter(UserService users, ApiErrors errors) {
        this.users = users;
        this.errors = errors;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/css/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // A token's request carries no session; its revocation is checked by BearerTokenFilter.
        if (authentication == null || !(authentication.getPrincipal() instanceof PortalUser user) || user.tokenId() != null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserAccount> account = users.find(user.login()).filter(UserAccount::enabled);
        if (account.isEmpty()) {
            endSession(request, response);
            return;
        }
        PortalUser now = account.get().asPortalUser();
        if (!now.equals(user)) {
            replace(authentication, now, request, response);
        }
        chain.doFilter(request, response);
    }

    private void replace(Authentication old, PortalUser user, HttpServletRequest request, HttpServletResponse response) {
        UsernamePasswordAuthenticationToken changed = UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        changed.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(changed);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (ApiErrors.isApi(request)) {
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Tài khoản đã bị vô hiệu hóa",
                    "this account is disabled");
        } else {
            response.sendRedirect(request.getContextPath() + "/login?disabled");
        }
    }
}
