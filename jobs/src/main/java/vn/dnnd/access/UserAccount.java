package vn.dnnd.access;

import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A stored user, as {@code users list} prints it, the administrators' page lists it and the login checks it.
 * {@code fullName} and {@code lastLoginAt} are null when not recorded.
 */
public record UserAccount(long userId, String login, String fullName, String passwordHash, boolean mustChangePassword,
                          boolean enabled, int failedLogins, OffsetDateTime lockedUntil, OffsetDateTime createdAt,
                          OffsetDateTime lastLoginAt, Set<Role> roles, Set<String> organisations) {

    /** How an account stands, the first that applies: disabled, locked, waiting for its own password, in use. */
    public enum State { DISABLED, LOCKED, MUST_CHANGE_PASSWORD, ACTIVE }

    public State stateAt(OffsetDateTime now) {
        if (!enabled) {
            return State.DISABLED;
        }
        if (lockedAt(now)) {
            return State.LOCKED;
        }
        return mustChangePassword ? State.MUST_CHANGE_PASSWORD : State.ACTIVE;
    }

    public boolean lockedAt(OffsetDateTime now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public PortalUser asPortalUser() {
        return new PortalUser(userId, login, roles, organisations, null);
    }
}
