package vn.dnnd.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
        return add(login, null, roles, organisations, actor);
    }

    /** A new account with a one-time password, to be changed at its first login. */
    @Transactional
    public Issued add(String login, String fullName, Collection<Role> roles, Collection<String> organisations,
                      String actor) {
        String normalised = LoginName.normalise(login);
        Assignment assignment = checked(fullName, roles, organisations);
        if (accounts.find(normalised).isPresent()) {
            throw new DnndException("Tài khoản " + normalised + " đã có", "user " + normalised + " already exists");
        }
        String password = Secrets.oneTimePassword();
        accounts.insert(normalised, assignment.fullName(), encoder.encode(password), assignment.roles(),
                assignment.organisations(), now());
        audit.record(actor, null, AuditLog.USER_CREATE, normalised, assignment.describe());
        return new Issued(normalised, password);
    }

    /**
     * A new name, roles and organisations, under the same rules as a new account; open sessions of the account
     * take them at their next request. Administrators may not take the ADMIN role from themselves: the last one
     * would lock everybody out of the users page.
     */
    @Transactional
    public void change(String login, String fullName, Collection<Role> roles, Collection<String> organisations,
                       String actor) {
        UserAccount account = accounts.find(login).orElseThrow(() -> unknown(login));
        Assignment assignment = checked(fullName, roles, organisations);
        if (login.equals(actor) && account.has(Role.ADMIN) && !assignment.roles().contains(Role.ADMIN)) {
            throw new DnndException("Không thể tự bỏ vai trò quản trị (ADMIN) của chính mình; nhờ một quản trị khác",
                    "you cannot remove your own ADMIN role; ask another administrator");
        }
        accounts.update(account.userId(), assignment.fullName(), assignment.roles(), assignment.organisations());
        audit.record(actor, null, AuditLog.USER_CHANGE, login, assignment.describe());
    }

    /** The organisations an account or a token may be bound to. */
    public List<OrganisationChoice> organisations() {
        return accounts.organisations();
    }

    public List<UserAccount> list() {
        return accounts.all();
    }

    public Optional<UserAccount> find(String login) {
        return accounts.find(login);
    }

    /** The account can no longer log in; its open sessions end at their next request. Not one's own account. */
    @Transactional
    public void disable(String login, String actor) {
        if (login.equals(actor)) {
            throw new DnndException("Không thể tự vô hiệu hóa tài khoản của chính mình",
                    "you cannot disable your own account");
        }
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

    private Assignment checked(String fullName, Collection<Role> roles, Collection<String> organisations) {
        Assignment assignment = Assignment.of(fullName, roles, organisations);
        for (String org : assignment.organisations()) {
            requireOrganisation(org);
        }
        return assignment;
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
