package vn.dnnd.portal;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.dnnd.access.LoginAttempts;
import vn.dnnd.access.PortalUser;
import vn.dnnd.access.UserAccount;

/**
 * Checks a login and password against the stored account; the principal of a logged-in session is the
 * {@link PortalUser}. An unknown login costs the same bcrypt comparison as a known one, so timing does
 * not tell which logins exist.
 */
class PasswordAuthentication implements AuthenticationProvider {

    private final LoginAttempts attempts;
    private final PasswordEncoder encoder;
    private final String unknownUserHash;

    PasswordAuthentication(LoginAttempts attempts, PasswordEncoder encoder) {
        this.attempts = attempts;
        this.encoder = encoder;
        this.unknownUserHash = encoder.encode("no such user: the comparison only takes the same time");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String login = String.valueOf(authentication.getName()).trim().toLowerCase(java.util.Locale.ROOT);
        String password = String.valueOf(authentication.getCredentials());
        UserAccount account = attempts.account(login);
        if (account == null) {
            encoder.matches(password, unknownUserHash);
            throw new BadCredentialsException("unknown login");
        }
        if (!account.enabled()) {
            throw new DisabledException("disabled");
        }
        if (attempts.locked(account)) {
            throw new LockedException("locked");
        }
        if (!encoder.matches(password, account.passwordHash())) {
            throw new BadCredentialsException("wrong password");
        }
        PortalUser user = account.asPortalUser();
        List<SimpleGrantedAuthority> authorities = user.roles().stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList();
        UsernamePasswordAuthenticationToken done = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        done.setDetails(account.mustChangePassword());
        return done;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
