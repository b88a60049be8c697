package vn.dnnd.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login throttling and password rules ({@code dnnd.access.*}).
 *
 * @param maxFailedLogins     failed logins in a row that lock an account
 * @param lockMinutes         how long a locked account stays locked (an ADMIN unlocks it sooner)
 * @param minPasswordLength   the shortest password a user may choose
 */
@ConfigurationProperties("dnnd.access")
public record AccessProperties(@DefaultValue("5") int maxFailedLogins, @DefaultValue("15") int lockMinutes,
                               @DefaultValue("12") int minPasswordLength) {
}
