package vn.dnnd.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, and a submitter for two organisations, so that a newcomer can look at each page
 * after {@code demo}. Each run gives every demo account a new random password, printed once; nothing is a
 * default, and a demo home is no different from any other home in that.
 */
@Service
public class DemoAccounts {

    /** A demo account and the one-time password it was given. */
    public record Account(String login, Set<Role> roles, Set<String> organisations, String oneTimePassword) {
    }

    private record Spec(String login, Set<Role> roles, Set<String> organisations) {
    }

    private static final List<Spec> SPECS = List.of(
            new Spec("demo-submitter", Set.of(Role.SUBMITTER), Set.of("HN")),
            new Spec("demo-submitter2", Set.of(Role.SUBMITTER), Set.of("CAMAU", "HCM")),
            new Spec("demo-reviewer", Set.of(Role.REVIEWER), Set.of()),
            new Spec("demo-analyst", Set.of(Role.ANALYST), Set.of()),
            new Spec("demo-leader", Set.of(Role.LEADER), Set.of()),
            new Spec("demo-admin", Set.of(Role.ADMIN), Set.of()));

    private final UserService users;

    public DemoAccounts(UserService users) {
        this.users = users;
    }

    @Transactional
    public List<Account> createOrReset() {
        List<Account> accounts = new ArrayList<>();
        for (Spec spec : SPECS) {
            UserService.Issued issued = users.find(spec.login()).isPresent()
                    ? users.reset(spec.login(), AuditLog.COMMAND_LINE)
                    : users.add(spec.login(), spec.roles(), spec.organisations(), AuditLog.COMMAND_LINE);
            accounts.add(new Account(spec.login(), spec.roles(), spec.organisations(), issued.oneTimePassword()));
        }
        return accounts;
    }
}
