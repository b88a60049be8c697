package vn.dnnd.portal;

import java.util.Arrays;
import java.util.List;
import vn.dnnd.access.Role;
import vn.dnnd.access.UserAccount;

/**
 * The account form as typed: kept as text so that a refused form comes back as the administrator left it
 * (never with a password: the portal chooses those). Roles are the ticked boxes; organisations one text,
 * codes separated by commas or spaces.
 */
public record UserForm(String login, String fullName, List<String> roles, String organisations) {

    public UserForm {
        roles = roles == null ? List.of() : List.copyOf(roles);
        organisations = organisations == null ? "" : organisations;
    }

    static UserForm empty() {
        return new UserForm("", "", List.of(), "");
    }

    static UserForm of(UserAccount account) {
        return new UserForm(account.login(), account.fullName() == null ? "" : account.fullName(),
                account.roles().stream().map(Enum::name).toList(), String.join(", ", account.organisations()));
    }

    /** Whether the box of this role is ticked. */
    public boolean has(Role role) {
        return roles.contains(role.name());
    }

    /** The roles ticked; a name that is no role is refused by {@link Role#parse}, as on the command line. */
    List<Role> parsedRoles() {
        return roles.stream().map(Role::parse).distinct().toList();
    }

    List<String> organisationCodes() {
        return Arrays.stream(organisations.split("[\\s,;]+")).filter(code -> !code.isEmpty()).toList();
    }
}
