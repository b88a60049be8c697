package vn.dnnd.access;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Login throttling: failures in a row lock the account for a while (an ADMIN may unlock it sooner); a
 * success clears the count. Every attempt is an audit row, the moment of locking one more.
 */
@Service
public class LoginAttempts {

    private final UserAccounts accounts;
    private final AuditLog audit;
    private final AccessProperties properties;
    private final Clock clock;

    public LoginAttempts(UserAccounts accounts, AuditLog audit, AccessProperties properties, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** The account as the login form checks it, or null for an unknown login. */
    public UserAccount account(String login) {
        return accounts.find(login).orElse(null);
    }

    public boolean locked(UserAccount account) {
        return account.lockedAt(OffsetDateTime.now(clock));
    }

    @Transactional
    public void failed(String login, String address, String reason) {
        audit.record(login, address, AuditLog.LOGIN_FAILURE, login, reason);
        accounts.recordFailure(login, properties.maxFailedLogins(), Duration.ofMinutes(properties.lockMinutes()),
                OffsetDateTime.now(clock)).ifPresent(failure -> {
            if (failure.failures() == properties.maxFailedLogins()) {
                audit.record(login, address, AuditLog.LOGIN_LOCKED, login, "until " + failure.lockedUntil());
            }
        });
    }

    @Transactional
    public void succeeded(PortalUser user, String address) {
        accounts.recordSuccess(user.userId(), OffsetDateTime.now(clock));
        audit.record(user.login(), address, AuditLog.LOGIN_SUCCESS, user.login(), null);
    }
}
