package vn.dnnd.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dnnd.system.DnndException;

/**
 * Users of the portal: created with a one-time password shown once (no default password anywhere), disabled,
 * reset, unlocked; the password a user chooses at the first login. The command line and the portal both come
 * here; every change is an audit row.
 */
@Service
public class UserService {

    /** A user just created or reset, and the one-time password to hand over (it is not stored in clear). */
    public record Issued(String login, String oneTimePassword) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final AccessProperties properties;
    private final Clock clock;

    public UserService(UserAccounts accounts, PasswordEncoder encoder, AuditLog audit, AccessProperties properties,
                       Clock clock) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public Issued add(String login, Collection<Role> roles, Collection<String> organisations, String actor) {
        String normalised = LoginName.normalise(login);
        if (roles.isEmpty()) {
            throw new DnndException("Cần ít nhất một vai trò (--role)", "at least one role is needed (--role)");
        }
        Set<String> orgs = new TreeSet<>(organisations);
        if (roles.contains(Role.SUBMITTER) && orgs.isEmpty()) {
            throw new DnndException("Người nộp báo cáo cần ít nhất một đơn vị (--org)",
                    "a submitter needs at least one organisation (--org)");
        }
        if (!roles.contains(Role.SUBMITTER) && !orgs.isEmpty()) {
            throw new DnndException("Chỉ người nộp báo cáo (SUBMITTER) gắn với đơn vị",
                    "only a SUBMITTER is bound to organisations");
        }
        for (String org : orgs) {
            requireOrganisation(org);
        }
        if (accounts.find(normalised).isPresent()) {
            throw new DnndException("Tài khoản " + normalised + " đã có", "user " + normalised + " already exists");
        }
        String password = Secrets.oneTimePassword();
        accounts.insert(normalised, encoder.encode(password), roles, orgs, now());
        audit.record(actor, null, AuditLog.USER_CREATE, normalised, "roles=" + new TreeSet<>(roles) + " orgs=" + orgs);
        return new Issued(normalised, password);
    }

    public List<UserAccount> list() {
        return accounts.all();
    }

    public Optional<UserAccount> find(String login) {
        return accounts.find(login);
    }

    @Transactional
    public void disable(String login, String actor) {
        if (!accounts.setEnabled(login, false)) {
            throw unknown(login);
        }
        audit.record(actor, null, AuditLog.USER_DISABLE, login, null);
    }

    /** A new one-time password; the account is enabled again and unlocked. */
    @Transactional
    public Issued reset(String login, String actor) {
        String password = Secrets.oneTimePassword();
        if (!accounts.resetPassword(login, encoder.encode(password), now()) || !accounts.setEnabled(login, true)) {
            throw unknown(login);
        }
        audit.record(actor, null, AuditLog.USER_RESET, login, null);
        return new Issued(login, password);
    }

    @Transactional
    public void unlock(String login, String actor) {
        if (!accounts.unlock(login)) {
            throw unknown(login);
        }
        audit.record(actor, null, AuditLog.USER_UNLOCK, login, null);
    }

    /** The user's own new password, checked against the current one and the rules. */
    @Transactional
    public void changePassword(String login, String current, String chosen, String address) {
        UserAccount account = accounts.find(login).orElseThrow(() -> unknown(login));
        if (!encoder.matches(current, account.passwordHash())) {
            throw new DnndException("Mật khẩu hiện tại không đúng", "the current password is wrong");
        }
        PasswordRules.check(login, current, chosen, properties.minPasswordLength());
        accounts.changePassword(account.userId(), encoder.encode(chosen), now());
        audit.record(login, address, AuditLog.PASSWORD_CHANGE, login, null);
    }

    void requireOrganisation(String org) {
        if (!accounts.organisationExists(org)) {
            throw new DnndException("Không có đơn vị mã " + org + " trong danh mục",
                    "no organisation with code " + org + " in the reference data");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    private static DnndException unknown(String login) {
        return new DnndException("Không có tài khoản " + login, "no user " + login);
    }
}
