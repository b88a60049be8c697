package vn.dnnd.access;

import java.time.OffsetDateTime;
import java.util.Set;

/** A stored user, as {@code users list} prints it and the login checks it. */
public record UserAccount(long userId, String login, String passwordHash, boolean mustChangePassword, boolean enabled,
                          int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt, Set<Role> roles,
                          Set<String> organisations) {

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public PortalUser asPortalUser() {
        return new PortalUser(userId, login, roles, organisations, null);
    }
}
