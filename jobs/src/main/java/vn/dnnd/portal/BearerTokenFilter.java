package vn.dnnd.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.dnnd.access.ApiTokens;
import vn.dnnd.access.AuditLog;
import vn.dnnd.access.PortalUser;

/**
 * {@code Authorization: Bearer <token>} on the API: the request acts as the token's organisation, for this
 * request only (no session). A token that is unknown or revoked is answered 401 at once, never passed on
 * as anonymous.
 */
@Component
@ConditionalOnWebApplication
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String PREFIX = "Bearer ";

    private final ApiTokens tokens;
    private final AuditLog audit;
    private final ApiErrors errors;

    BearerTokenFilter(ApiTokens tokens, AuditLog audit, ApiErrors errors) {
        this.tokens = tokens;
        this.audit = audit;
        this.errors = errors;
    }

    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, PREFIX, 0, PREFIX.length());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !presentsToken(request) || !ApiErrors.isApi(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String secret = request.getHeader("Authorization").substring(PREFIX.length()).trim();
        Optional<PortalUser> user = tokens.authenticate(secret);
        if (user.isEmpty()) {
            audit.record("token:?", request.getRemoteAddr(), AuditLog.TOKEN_REFUSED, request.getRequestURI(), null);
            errors.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Mã truy cập (token) không hợp lệ hoặc đã bị thu hồi",
                    "the token is unknown or revoked");
            return;
        }
        PortalUser principal = user.get();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
