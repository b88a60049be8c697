package vn.dnnd.access;

import java.text.Normalizer;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import vn.dnnd.system.DnndException;

/**
 * What an account is given, checked: a name (optional), at least one role, and organisations exactly when it
 * submits. The same rules for a new account and a changed one, from the command line or the portal.
 */
record Assignment(String fullName, Set<Role> roles, Set<String> organisations) {

    static final int MAX_NAME_LENGTH = 200;

    static Assignment of(String fullName, Collection<Role> roles, Collection<String> organisations) {
        if (roles.isEmpty()) {
            throw new DnndException("Cần ít nhất một vai trò", "at least one role is needed");
        }
        Set<String> orgs = new TreeSet<>();
        for (String org : organisations) {
            orgs.add(org.strip().toUpperCase(Locale.ROOT));
        }
        orgs.remove("");
        if (roles.contains(Role.SUBMITTER) && orgs.isEmpty()) {
            throw new DnndException("Người nộp báo cáo cần ít nhất một đơn vị",
                    "a submitter needs at least one organisation");
        }
        if (!roles.contains(Role.SUBMITTER) && !orgs.isEmpty()) {
            throw new DnndException("Chỉ người nộp báo cáo (SUBMITTER) gắn với đơn vị",
                    "only a SUBMITTER is bound to organisations");
        }
        return new Assignment(name(fullName), EnumSet.copyOf(roles), orgs);
    }

    /** Stored in NFC, as every text of the system; blank is no name. */
    private static String name(String text) {
        String name = text == null ? "" : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
        if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            throw new DnndException("Họ tên dài quá " + MAX_NAME_LENGTH + " ký tự",
                    "the name is longer than " + MAX_NAME_LENGTH + " characters");
        }
        return name.isEmpty() ? null : name;
    }

    String describe() {
        return "name=" + (fullName == null ? "" : fullName) + " roles=" + new TreeSet<>(roles) + " orgs=" + organisations;
    }
}
